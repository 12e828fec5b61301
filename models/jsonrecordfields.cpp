#include "jsonrecordfields.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <optional>

using Fields = JsonRecordFields::Fields;

namespace {

/// Walks a record's text; every step checks its bounds, so text that is no JSON stops it with
/// an error rather than reading past it.
class Walker
{
public:
    explicit Walker(QStringView text) : m_s(text) {}

    Fields record()
    {
        Fields out;
        space();
        if (at(u'{')) {
            out.isObject = true;
            object(QString(), out);
        } else if (at(u'[')) {
            array(out);
        } else {
            fail();
        }
        space();
        if (m_ok && m_i != m_s.size())
            fail();
        if (!m_ok)
            out.error = JsonRecordFields::tr("not JSON");
        return out;
    }

private:
    bool at(QChar c) const { return m_i < m_s.size() && m_s.at(m_i) == c; }
    void fail()
    {
        m_ok = false;
        m_i = m_s.size();
    }
    void space()
    {
        while (m_i < m_s.size() && (m_s.at(m_i) == u' ' || m_s.at(m_i) == u'\t' ||
                                    m_s.at(m_i) == u'\n' || m_s.at(m_i) == u'\r'))
            ++m_i;
    }
    bool expect(QChar c)
    {
        space();
        if (!at(c)) {
            fail();
            return false;
        }
        ++m_i;
        return true;
    }

    /// Adds the members of the object at m_i to @p out, their keys after @p prefix.
    void object(const QString &prefix, Fields &out)
    {
        ++m_i; // the brace
        Fields members;
        space();
        if (at(u'}')) {
            ++m_i;
        } else {
            while (m_ok) {
                space();
                if (!at(u'"'))
                    return fail();
                const QString key = string();
                if (!expect(u':'))
                    return;
                space();
                value(key, members);
                space();
                if (at(u',')) {
                    ++m_i;
                } else {
                    expect(u'}');
                    break;
                }
            }
        }
        // MongoDB's {"$date": …} is the value it wraps, under the key of the object holding it.
        if (!prefix.isEmpty() && members.keys.size() == 1 &&
            members.keys.first().startsWith(u'$') && !members.keys.first().contains(u'.')) {
            add(prefix.chopped(1), members.values.first(), out);
            return;
        }
        if (!prefix.isEmpty() && members.keys.isEmpty()) {
            add(prefix.chopped(1), QStringLiteral("{}"), out);
            return;
        }
        for (qsizetype i = 0; i < members.keys.size(); ++i)
            add(prefix + members.keys.at(i), members.values.at(i), out);
        if (!members.error.isEmpty() && out.error.isEmpty())
            out.error = members.error;
    }

    void array(Fields &out)
    {
        ++m_i;
        space();
        if (at(u']')) {
            ++m_i;
            return;
        }
        while (m_ok) {
            space();
            const qsizetype begin = m_i;
            if (at(u'"'))
                out.values.append(string());
            else if (at(u'{') || at(u'['))
                out.values.append(compact());
            else
                out.values.append(literal(begin));
            space();
            if (at(u',')) {
                ++m_i;
            } else {
                expect(u']');
                break;
            }
        }
    }

    void value(const QString &key, Fields &out)
    {
        if (at(u'{'))
            object(key + u'.', out);
        else if (at(u'"'))
            add(key, string(), out);
        else if (at(u'['))
            add(key, compact(), out);
        else
            add(key, literal(m_i), out);
    }

    static void add(const QString &key, const QString &value, Fields &out)
    {
        if (out.keys.contains(key)) {
            if (out.error.isEmpty())
                out.error =
                    JsonRecordFields::tr("the key \"%1\" is written twice in the record").arg(key);
            return;
        }
        out.keys.append(key);
        out.values.append(value);
    }

    /// A string's text, its escapes read; m_i at its opening quote.
    QString string()
    {
        ++m_i;
        QString text;
        while (m_i < m_s.size()) {
            const QChar c = m_s.at(m_i++);
            if (c == u'"')
                return text;
            if (c != u'\\') {
                text += c;
                continue;
            }
            if (m_i >= m_s.size())
                break;
            const QChar e = m_s.at(m_i++);
            if (const qsizetype named = QStringView(u"bfnrt").indexOf(e); named >= 0) {
                text += QStringView(u"\b\f\n\r\t").at(named);
            } else if (e == u'u') {
                bool ok = false;
                const uint code = m_s.mid(m_i, 4).toUInt(&ok, 16);
                if (!ok || m_i + 4 > m_s.size()) {
                    fail();
                    return text;
                }
                text += QChar(char16_t(code)); // a surrogate pair is two escapes, each a half
                m_i += 4;
            } else {
                text += e; // ", \ and /
            }
        }
        fail();
        return text;
    }

    /// A number, true, false or null (null as nothing), from @p begin.
    QString literal(qsizetype begin)
    {
        while (m_i < m_s.size() && !QStringView(u" \t\r\n,]}").contains(m_s.at(m_i)))
            ++m_i;
        const QStringView text = m_s.sliced(begin, m_i - begin);
        if (text.isEmpty())
            fail();
        return text == u"null" ? QString() : text.toString();
    }

    /// An object or array as written, without the white space between its parts.
    QString compact()
    {
        QString text;
        int depth = 0;
        bool inString = false;
        bool escaped = false;
        while (m_i < m_s.size()) {
            const QChar c = m_s.at(m_i++);
            if (inString) {
                text += c;
                if (escaped)
                    escaped = false;
                else if (c == u'\\')
                    escaped = true;
                else if (c == u'"')
                    inString = false;
                continue;
            }
            if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r')
                continue;
            text += c;
            if (c == u'"')
                inString = true;
            else if (c == u'{' || c == u'[')
                ++depth;
            else if ((c == u'}' || c == u']') && --depth == 0)
                return text;
        }
        fail();
        return text;
    }

    QStringView m_s;
    qsizetype m_i = 0;
    bool m_ok = true;
};

/// Why @p text is no JSON, in Qt's words, with the line of the record it stops on; nullopt if it
/// is.
std::optional<QString> syntaxError(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    QJsonDocument::fromJson(utf8, &error);
    if (error.error == QJsonParseError::NoError)
        return std::nullopt;
    const qsizetype line = utf8.left(error.offset).count('\n') + 1;
    return JsonRecordFields::tr("not JSON: %1 (line %2 of the record, character %3 of it)")
        .arg(error.errorString())
        .arg(line)
        .arg(QString::fromUtf8(utf8.left(error.offset)).size() + 1);
}

} // namespace

Fields JsonRecordFields::read(QStringView text)
{
    // Qt's parser says whether it is JSON and where it is not; the walker keeps what it wrote.
    if (const auto error = syntaxError(text)) {
        Fields out;
        out.error = *error;
        return out;
    }
    return readUnchecked(text);
}

Fields JsonRecordFields::readUnchecked(QStringView text)
{
    return Walker(text).record();
}
