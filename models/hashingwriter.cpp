#include "hashingwriter.h"

HashingWriter::HashingWriter(QIODevice &target) : m_target(target)
{
    // Unbuffered: each write reaches the target at once, as it would written there directly.
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

QString HashingWriter::sha256()
{
    return QString::fromLatin1(m_hash.result().toHex());
}

qint64 HashingWriter::readData(char *, qint64)
{
    return -1;
}

qint64 HashingWriter::writeData(const char *data, qint64 size)
{
    const qint64 written = m_target.write(data, size);
    if (written < 0) {
        setErrorString(m_target.errorString());
        return -1;
    }
    m_hash.addData(QByteArrayView(data, written));
    return written;
}
