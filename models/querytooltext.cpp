#include "querytooltext.h"

#include "textdecoding.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

QStringList QueryToolText::headLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(64 * 1024);
    auto encoding = QStringConverter::encodingForData(head); // by its byte-order mark
    if (!encoding)
        encoding = TextDecoding::utf16WithoutMark(head); // SQL Server's "results to file" in Unicode
    QString text = QStringDecoder(encoding.value_or(QStringConverter::Utf8), QStringConverter::Flag::Default)(head);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    return text.split(u'\n');
}

std::optional<qint64> QueryToolText::tallyCount(const QString &line)
{
    static const QRegularExpression tally(
        QStringLiteral("^\\s*\\(?(\\d[\\d,]*|no) rows?(?: (?:selected|affected|in set))?\\.?\\)?"
                       "(?: \\(\\d+(?:\\.\\d+)? sec\\))?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression empty(QStringLiteral("^\\s*Empty set(?: \\(\\d+(?:\\.\\d+)? sec\\))?\\s*$"));
    if (empty.match(line).hasMatch()) // MySQL's for a query that found nothing
        return 0;
    const auto m = tally.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    const QString count = m.captured(1).remove(u',');
    return count.compare(u"no", Qt::CaseInsensitive) == 0 ? 0 : count.toLongLong();
}

QString QueryToolText::lineList(const QList<int> &lines)
{
    QStringList shown;
    for (const int line : lines.mid(0, 10))
        shown.append(QString::number(line));
    if (lines.size() > 10)
        shown.append(QStringLiteral("…"));
    return shown.join(QStringLiteral(", "));
}

QString QueryToolText::countsWithoutTableNote(const QList<int> &lines)
{
    return QCoreApplication::translate("QueryToolText", "%n count(s) of a query that printed nothing (lines %1)", nullptr,
                                       int(lines.size()))
        .arg(lineList(lines));
}

bool QueryToolText::isPrompt(const QString &line)
{
    static const QRegularExpression prompt(
        QStringLiteral("^(?:SQL> |mysql> |MariaDB \\[[^\\]]*\\]> |\\s+-> |[A-Za-z_][\\w.]*[=-][>#] )"));
    if (line.isEmpty() || !(line.front().isLetter() || line.front() == u' ')) // a record's time begins with a digit
        return false;
    return prompt.match(line).hasMatch();
}

QString QueryToolText::promptNote(const QList<int> &lines)
{
    return QCoreApplication::translate("QueryToolText", "%n line(s) of the tool echoing its commands (lines %1)", nullptr,
                                       int(lines.size()))
        .arg(lineList(lines));
}
