#include "opcrelationships.h"

#include <QDir>
#include <QUrl>
#include <QXmlStreamReader>

namespace {

/// @brief A relationship's target as a part name: a URI reference, percent-encoded, relative
/// to the source part's folder unless it starts with "/".
QString resolve(const QString &target, const QString &sourcePart)
{
    const QString decoded = QUrl::fromPercentEncoding(target.toUtf8());
    const qsizetype slash = sourcePart.lastIndexOf(u'/');
    const QString folder = slash < 0 ? QString() : sourcePart.left(slash + 1);
    QString path = QDir::cleanPath(decoded.startsWith(u'/') ? decoded : folder + decoded);
    while (path.startsWith(u'/'))
        path.remove(0, 1);
    return path;
}

} // namespace

OpcRelationships::OpcRelationships(const QByteArray &relsXml, const QString &sourcePart)
{
    QXmlStreamReader xml(relsXml);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != u"Relationship")
            continue;
        const auto attributes = xml.attributes();
        if (attributes.value(QStringLiteral("TargetMode")).compare(u"External", Qt::CaseInsensitive) == 0)
            continue;
        m_relationships.append({attributes.value(QStringLiteral("Id")).toString(),
                                attributes.value(QStringLiteral("Type")).toString(),
                                resolve(attributes.value(QStringLiteral("Target")).toString(), sourcePart)});
    }
    if (xml.hasError()) {
        m_error = xml.errorString();
        m_errorLine = xml.lineNumber();
    }
}

QString OpcRelationships::partOf(const QString &sourcePart)
{
    const qsizetype slash = sourcePart.lastIndexOf(u'/');
    return sourcePart.left(slash + 1) + QStringLiteral("_rels/") + sourcePart.mid(slash + 1) + QStringLiteral(".rels");
}

QString OpcRelationships::target(const QString &id) const
{
    for (const Relationship &relationship : m_relationships) {
        if (relationship.id == id)
            return relationship.target;
    }
    return {};
}

QString OpcRelationships::targetOfKind(QStringView kind) const
{
    for (const Relationship &relationship : m_relationships) {
        const QStringView type = relationship.type;
        if (type.endsWith(kind) && type.size() > kind.size() && type.at(type.size() - kind.size() - 1) == u'/')
            return relationship.target;
    }
    return {};
}
