#pragma once

#include "sha.h"

#include <QIODevice>

/// @brief Writes through to another device and hashes every byte it passes on, so that a file
/// written where it cannot be read back (standard output) is recorded with its SHA-256.
class HashingWriter final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HashingWriter)
public:
    /// Opened for writing; @p target must be open for writing and outlive this.
    explicit HashingWriter(QIODevice &target);
    /// @brief The SHA-256 of the bytes passed on, in hex, once all are written (the hash then
    /// starts afresh).
    QString sha256();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QIODevice &m_target;
    Sha::Sha256 m_hash;
};
