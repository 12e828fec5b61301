#include "whatsappheldrecords_p.h"

#include <cstring>
#include <utility>

namespace WhatsAppPageReading {
namespace {

constexpr qsizetype BlockBytes = 1 << 20;

void put(QByteArray *out, qint32 number)
{
    out->append(reinterpret_cast<const char *>(&number), sizeof number);
}

void put(QByteArray *out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    put(out, qint32(utf8.size()));
    out->append(utf8);
}

/// Reads back what put() wrote, in the same order.
class Unpacker
{
public:
    explicit Unpacker(const QByteArray &packed) : m_packed(packed) {}
    bool atEnd() const { return m_at >= m_packed.size(); }
    qint32 number()
    {
        qint32 number = 0;
        std::memcpy(&number, m_packed.constData() + m_at, sizeof number);
        m_at += sizeof number;
        return number;
    }
    QString text()
    {
        const qint32 length = number();
        const QString text = QString::fromUtf8(m_packed.constData() + m_at, length);
        m_at += length;
        return text;
    }
    Record record()
    {
        Record record;
        record.firstLine = number();
        record.lastLine = number();
        const qint32 fields = number();
        record.fields.reserve(fields);
        for (qint32 i = 0; i < fields; ++i) {
            Field field;
            field.label = text();
            field.value = text();
            field.line = number();
            record.fields.append(field);
        }
        record.text = text();
        return record;
    }

private:
    const QByteArray &m_packed;
    qsizetype m_at = 0;
};

} // namespace

void HeldRecords::append(const Record &record, const QString &text)
{
    put(&m_open, record.firstLine);
    put(&m_open, record.lastLine);
    put(&m_open, qint32(record.fields.size()));
    for (const Field &field : record.fields) {
        put(&m_open, field.label);
        put(&m_open, field.value);
        put(&m_open, field.line);
    }
    put(&m_open, text);
    if (m_open.size() >= BlockBytes)
        closeBlock();
}

void HeldRecords::closeBlock()
{
    // The fastest level: the records are alike (the same labels and markup), and at level 1
    // they already take less than a third of their size.
    m_blocks.append(qCompress(m_open, 1));
    m_open.clear();
}

void HeldRecords::takeEach(const std::function<bool(const Record &)> &read)
{
    if (!m_open.isEmpty())
        closeBlock();
    const QList<QByteArray> blocks = std::exchange(m_blocks, {});
    for (const QByteArray &block : blocks) {
        const QByteArray packed = qUncompress(block);
        for (Unpacker records(packed); !records.atEnd();) {
            if (!read(records.record()))
                return;
        }
    }
}

} // namespace WhatsAppPageReading
