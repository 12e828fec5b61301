#include "pdfreader.h"

#include "alignedtextreader.h"
#include "recordblocksreader.h"

#include <QJsonArray>

PdfReader::PdfReader(const QString &path, const ReadWatch &watch, const QStringList &passwords)
    : PdfReader(PdfPages::read(path, watch, passwords))
{
}

PdfReader::PdfReader(std::shared_ptr<const PdfPages> pages) : m_pages(std::move(pages))
{
    m_fatalError = m_pages->error();
    if (m_fatalError.isEmpty())
        openText();
}

void PdfReader::openText()
{
    const QString path = m_pages->textPath();
    if (auto aligned = AlignedTextReader::ifAligned(path)) {
        aligned->setPageFurniture(m_pages->furniture());
        m_text = std::move(aligned);
    } else if (auto blocks = RecordBlocksReader::ifBlocks(path)) {
        m_text = std::move(blocks);
    } else {
        m_fatalError = noTableError();
        return;
    }
    m_fatalError = m_text->fatalError();
}

QString PdfReader::noTableError()
{
    return tr("the PDF's text holds no table: no line of headings over records that keep to their columns, nor "
              "records printed a field to a line (a letter or a certificate?)");
}

std::unique_ptr<TableReader> PdfReader::reopen(QString *error) const
{
    std::unique_ptr<PdfReader> reader(new PdfReader(m_pages));
    if (!reader->fatalError().isEmpty()) {
        *error = reader->fatalError();
        return nullptr;
    }
    return reader;
}

bool PdfReader::next(TableRow &row)
{
    return m_fatalError.isEmpty() && m_text->next(row);
}

QStringList PdfReader::readingNotes() const
{
    QStringList notes{tr("the PDF's %n page(s) were read as the text they hold, laid out as it stands on each page; "
                         "a line number is the line in that text, which holds the pages one after another",
                         nullptr, m_pages->pageCount())};
    if (m_pages->endsCut())
        notes.append(tr("the PDF does not end as a PDF ends (with \"%%EOF\"): it may have been cut short, and pages or "
                        "records after the cut may be missing"));
    if (m_text)
        notes += m_text->readingNotes();
    return notes;
}

QJsonObject PdfReader::readerMetadata() const
{
    QJsonArray firstLines;
    for (const int line : m_pages->pageFirstLines())
        firstLines.append(line);
    const PdfDump::Document &document = m_pages->document();
    QJsonObject pdf{{QStringLiteral("pages"), m_pages->pageCount()},
                    {QStringLiteral("page_first_lines"), firstLines},
                    {QStringLiteral("text_reader"), m_text ? m_text->kind() : QString()}};
    if (!document.producer.isEmpty()) // what the PDF says made it: the provider's report writer
        pdf.insert(QStringLiteral("producer"), document.producer);
    if (!document.creator.isEmpty())
        pdf.insert(QStringLiteral("creator"), document.creator);
    if (m_pages->openedWithPassword()) // the password itself is kept nowhere
        pdf.insert(QStringLiteral("opened_with_password"), true);
    if (document.created.isValid())
        pdf.insert(QStringLiteral("created"), document.created.toUTC().toString(Qt::ISODate));
    if (m_pages->endsCut())
        pdf.insert(QStringLiteral("ends_cut"), true);
    return {{QStringLiteral("pdf"), pdf}};
}
