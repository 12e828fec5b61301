#include "pdfpages.h"

#include "helperprogram.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <mutex>

namespace {

// A PDF of a thousand pages lays out in well under a minute; a reader still busy after this
// long is stuck on the file.
constexpr int PdfHelperTimeoutMs = 5 * 60 * 1000;
constexpr int EdgeLines = 3; ///< lines with text at a page's head, and at its foot, that may be its furniture

HelperProgram helper()
{
    return HelperProgram("LOOKUPLENS_PDF_HELPER", QStringLiteral("lookuplens-pdf"), QStringLiteral(LOOKUPLENS_PDF_HELPER_BUILT),
                         QStringLiteral(LOOKUPLENS_PDF_HELPER_INSTALLED));
}

bool endsAsPdf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    file.seek(std::max<qint64>(0, file.size() - 1024));
    return file.readAll().contains("%%EOF");
}

/// A line's text with its spaces simplified, and the same with every run of digits one "#".
std::pair<QString, QString> keysOf(const QString &line)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    const QString text = line.simplified();
    return {text, QString(text).replace(digits, QStringLiteral("#"))};
}

/// Whether @p text holds the number @p page (a run of digits, not part of a longer one).
bool holdsPageNumber(const QString &text, int page)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    for (auto it = digits.globalMatch(text); it.hasNext();) {
        if (it.next().captured().toInt() == page)
            return true;
    }
    return false;
}

/// Where on its page (0: the head, 1: the foot) each of @p page's lines at its edges stands, by
/// its index on the page.
QList<std::pair<qsizetype, int>> edgeLines(const QStringList &page)
{
    QList<qsizetype> filled;
    for (qsizetype i = 0; i < page.size(); ++i) {
        if (!page.at(i).trimmed().isEmpty())
            filled.append(i);
    }
    QList<std::pair<qsizetype, int>> edges;
    for (qsizetype i = 0; i < filled.size(); ++i) {
        if (i < EdgeLines)
            edges.append({filled.at(i), 0});
        else if (i >= filled.size() - EdgeLines)
            edges.append({filled.at(i), 1});
    }
    return edges;
}

} // namespace

QString PdfPages::passwordNeeded()
{
    return tr("a PDF protected by a password: give the password it was sent with");
}

QString PdfPages::openedNote(const QJsonObject &metadata)
{
    if (!metadata[QStringLiteral("pdf")][QStringLiteral("opened_with_password")].toBool())
        return {};
    return tr("protected by a password to open it; opened with the password given at import, which is not kept");
}

bool PdfPages::isPdf(const QByteArray &head)
{
    // The header may follow a few bytes of something else, which readers allow.
    return head.left(1024).contains("%PDF-");
}

std::shared_ptr<const PdfPages> PdfPages::read(const QString &path, const ReadWatch &watch, const QStringList &passwords)
{
    // The import dialog reads a file again for every preview, and the import once more: the
    // last PDF laid out is kept while the file (and the program that read it) are the same,
    // unless it needed a password to open (what a password opened is not kept).
    static std::mutex mutex;
    static QString lastKey;
    static std::shared_ptr<const PdfPages> last;
    const QFileInfo file(path);
    const QString key =
        QStringLiteral("%1|%2|%3|%4")
            .arg(file.absoluteFilePath(), QString::number(file.size()),
                 QString::number(file.lastModified().toMSecsSinceEpoch()), helper().path());
    {
        const std::lock_guard lock(mutex);
        if (last && lastKey == key)
            return last;
    }
    auto pages = std::shared_ptr<const PdfPages>(new PdfPages(path, watch, passwords));
    if (pages->error().isEmpty() && !pages->openedWithPassword()) {
        const std::lock_guard lock(mutex);
        lastKey = key;
        last = pages;
    }
    return pages;
}

HelperProgram::Run PdfPages::runHelper(const QString &path, const ReadWatch &watch, const QStringList &passwords)
{
    if (passwords.isEmpty())
        return helper().run(path, PdfHelperTimeoutMs, tr("the PDF"), watch);
    return helper().run({QStringLiteral("--password"), path}, passwords.join(u'\n').toUtf8() + '\n', PdfHelperTimeoutMs,
                        tr("the PDF"), watch);
}

PdfPages::PdfPages(const QString &path, const ReadWatch &watch, const QStringList &passwords)
{
    HelperProgram::Run run = runHelper(path, watch, passwords);
    if (!run.error.isEmpty()) {
        m_error = run.error;
        return;
    }
    QBuffer buffer(&run.output);
    buffer.open(QIODevice::ReadOnly);
    const bool read = run.ended && PdfDump::read(buffer, &m_document);
    buffer.close();
    run.output = QByteArray(); // a long report's text is held once, not twice
    if (!read) {
        m_error = tr("not a readable PDF: it is damaged, and reading it stopped the reader");
        return;
    }
    if (m_document.status == PdfDump::Status::Locked) {
        m_error = passwords.isEmpty()      ? passwordNeeded()
                  : passwords.size() == 1 ? tr("the password given does not open the PDF")
                                          : tr("none of the %n passwords given opens the PDF", nullptr, int(passwords.size()));
        return;
    }
    m_openedWithPassword = m_document.openedWithPassword;
    if (m_document.status != PdfDump::Status::Read || m_document.pages.isEmpty()) {
        m_error = endsAsPdf(path) ? tr("not a readable PDF: it is damaged or holds no page")
                                  : tr("not a readable PDF: it does not end as a PDF ends (\"%%EOF\"), so it was likely cut "
                                       "short (a download or a copy that stopped)");
        return;
    }
    QList<QStringList> pages;
    bool anyText = false;
    for (QString &page : m_document.pages) { // each line ends with a line end
        anyText = anyText || !page.trimmed().isEmpty();
        pages.append(page.endsWith(u'\n') ? page.chopped(1).split(u'\n') : page.split(u'\n'));
        page = QString(); // its lines are kept, not the page's text as well
    }
    m_document.pages.clear();
    if (!anyText) {
        m_error = tr("the PDF holds no text, only pictures of its %n page(s) (a scan?): LookupLens reads the text a "
                     "PDF holds. Ask the provider for the records as a table (CSV, Excel), or have the pages read by "
                     "text recognition and import what it gives",
                     nullptr, int(pages.size()));
        return;
    }
    m_endsCut = !endsAsPdf(path);
    m_furniture = furnitureLines(pages);
    writeText(pages);
}

void PdfPages::writeText(const QList<QStringList> &pages)
{
    m_text = std::make_unique<QTemporaryFile>();
    if (!m_text->open()) {
        m_error = tr("the PDF's text cannot be kept for reading: %1").arg(m_text->errorString());
        return;
    }
    int line = 1;
    bool written = true;
    for (const QStringList &page : pages) {
        m_pageFirstLines.append(line);
        QByteArray text;
        for (const QString &l : page)
            text += l.toUtf8() + '\n';
        written = written && m_text->write(text) == text.size();
        line += int(page.size());
    }
    if (!written || !m_text->flush())
        m_error = tr("the PDF's text cannot be kept for reading: %1").arg(m_text->errorString());
}

QSet<int> PdfPages::furnitureLines(const QList<QStringList> &pages)
{
    // How many pages have each text (and each text but for its numbers) at their head, and at
    // their foot.
    QHash<std::pair<QString, int>, QSet<int>> exact;
    QHash<std::pair<QString, int>, QSet<int>> masked;
    for (int p = 0; p < pages.size(); ++p) {
        for (const auto &[index, edge] : edgeLines(pages.at(p))) {
            const auto [text, numbers] = keysOf(pages.at(p).at(index));
            exact[{text, edge}].insert(p);
            if (holdsPageNumber(text, p + 1))
                masked[{numbers, edge}].insert(p);
        }
    }
    const qsizetype enough = std::max<qsizetype>(2, (pages.size() + 1) / 2);
    QSet<int> furniture;
    int first = 1;
    for (int p = 0; p < pages.size(); ++p) {
        for (const auto &[index, edge] : edgeLines(pages.at(p))) {
            // The same on every page, or the same but for the page's number ("Page 2 of 40").
            const auto [text, numbers] = keysOf(pages.at(p).at(index));
            if (exact.value({text, edge}).size() >= enough
                || (masked.value({numbers, edge}).size() >= enough && masked.value({numbers, edge}).contains(p)))
                furniture.insert(first + int(index));
        }
        first += int(pages.at(p).size());
    }
    return furniture;
}

std::pair<int, int> PdfPages::pageOf(const QList<int> &pageFirstLines, int line)
{
    const auto after = std::upper_bound(pageFirstLines.cbegin(), pageFirstLines.cend(), line);
    if (after == pageFirstLines.cbegin())
        return {0, 0};
    return {int(after - pageFirstLines.cbegin()), line - *(after - 1) + 1};
}
