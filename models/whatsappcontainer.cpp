#include "whatsappcontainer.h"

#include "placename.h"
#include "whatsappparser.h"
#include "zipguard.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

#include <quazip.h>
#include <quazipfile.h>

namespace {

class Walker
{
    Q_DECLARE_TR_FUNCTIONS(WhatsAppContainer)
public:
    bool walk(QuaZip &zip, const QString &prefix, int depth);
    QList<ContainerDocument> documents;
    QString error;
    bool damaged = false; ///< the error is damage to a ZIP's content, not a refusal

private:
    bool readCurrent(QuaZip &zip, const QString &prefix, QByteArray *bytes);
    qint64 m_total = 0;
};

bool Walker::readCurrent(QuaZip &zip, const QString &prefix, QByteArray *bytes)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        error = tr("cannot read \"%1\" from the ZIP").arg(zip.getCurrentFileName());
        return false;
    }
    *bytes = file.readAll();
    if (const QString damage = ZipGuard::closeWhole(file); !damage.isEmpty()) {
        error = prefix + damage;
        damaged = true;
        return false;
    }
    m_total += bytes->size();
    if (m_total > WhatsAppContainer::MaxTotalBytes) {
        error = tr("the return expands to more than %1 bytes; refused").arg(WhatsAppContainer::MaxTotalBytes);
        return false;
    }
    return true;
}

bool Walker::walk(QuaZip &zip, const QString &prefix, int depth)
{
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        const QString name = zip.getCurrentFileName();
        if (const QString unsafe = ZipGuard::checkCurrentEntry(zip); !unsafe.isEmpty()) {
            error = prefix + unsafe;
            return false;
        }
        const QString lower = name.toLower();
        if (lower.endsWith(QStringLiteral(".zip"))) {
            if (depth >= WhatsAppContainer::MaxZipDepth) {
                error = tr("\"%1\" is a ZIP nested deeper than %2 levels; refused").arg(prefix + name).arg(depth);
                return false;
            }
            QByteArray bytes;
            if (!readCurrent(zip, prefix, &bytes))
                return false;
            QBuffer buffer(&bytes);
            QuaZip inner(&buffer);
            const qsizetype found = documents.size();
            const bool ok = inner.open(QuaZip::mdUnzip) && walk(inner, prefix + name + PlaceName::Separator, depth + 1);
            if (inner.isOpen())
                inner.close();
            if (!ok && !error.isEmpty() && !damaged)
                return false; // a refusal (traversal, a bomb, nesting) refuses the whole return
            if (!ok) { // damaged as it was packed into this ZIP, which is whole: the others are read
                const QString within = prefix + name + PlaceName::Separator;
                documents.resize(found);
                documents.append({prefix + name, {},
                                  error.isEmpty()              ? tr("not a readable ZIP")
                                  : error.startsWith(within) ? error.mid(within.size())
                                                             : error});
                error.clear();
                damaged = false;
            }
        } else if (lower.endsWith(QStringLiteral("records.html"))) {
            QByteArray bytes;
            if (!readCurrent(zip, prefix, &bytes))
                return false;
            documents.append({prefix + name, bytes, {}});
        }
    }
    return true;
}

} // namespace

bool WhatsAppContainer::probe(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.peek(64 * 1024);
    file.close();
    if (!head.startsWith("PK\x03\x04"))
        return WhatsAppParser::looksLikeRecords(head);
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return false;
    const QStringList names = zip.getFileNameList();
    zip.close();
    if (names.contains(QStringLiteral("xl/workbook.xml")))
        return false;
    return std::any_of(names.cbegin(), names.cend(), [](const QString &n) {
        return n.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive)
               || n.endsWith(QStringLiteral("records.html"), Qt::CaseInsensitive);
    });
}

QList<ContainerDocument> WhatsAppContainer::documents(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot open for reading: %1").arg(file.errorString());
        return {};
    }
    const QString fileName = QFileInfo(path).fileName();
    if (!file.peek(4).startsWith("PK\x03\x04"))
        return {{fileName, file.readAll(), {}}};
    file.close();
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        *error = tr("not a readable ZIP");
        return {};
    }
    Walker walker;
    const bool ok = walker.walk(zip, fileName + PlaceName::Separator, 1);
    zip.close();
    if (!ok) {
        *error = walker.error;
        return {};
    }
    if (walker.documents.isEmpty()) {
        *error = tr("the ZIP holds no records.html");
        return {};
    }
    std::sort(walker.documents.begin(), walker.documents.end(),
              [](const ContainerDocument &a, const ContainerDocument &b) { return a.name < b.name; });
    return walker.documents;
}
