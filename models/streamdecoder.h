#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <memory>

/// @brief One stream of bzip2, xz or Zstandard data decoded through the compression's own
/// library (Debian's libbz2, liblzma, libzstd), as its command-line tool decodes it: what a file
/// cut short holds up to the cut comes out whole (libarchive's filters drop what they had decoded
/// of their last block when the input fails them).
class StreamDecoder
{
    Q_DECLARE_TR_FUNCTIONS(StreamDecoder)
public:
    enum class Kind { Bzip2, Xz, Zstandard };
    enum class Status {
        Going,     ///< it wants more input, or room for more output
        StreamEnd, ///< its stream ended whole: another may follow (CompressionEnding::streamFollows)
        Damaged,   ///< damage() says how
        Refused,   ///< whole, perhaps, but beyond what is allowed here: damage() says what
    };

    virtual ~StreamDecoder() = default;
    /// @brief A decoder for @p kind; damage() says why if it cannot start.
    static std::unique_ptr<StreamDecoder> create(Kind kind);
    /// @brief The bytes another stream of its kind begins with.
    virtual QByteArrayView magic() const = 0;
    /// @brief Zeros it allows after a stream in multiples of this (xz's stream padding); 0: none.
    virtual qint64 paddingUnit() const { return 0; }

    /// @brief Decodes from @p in, advanced past what it used, into @p out (@p outSize bytes),
    /// @p made set to what it wrote there; @p inputEnds: nothing follows @p in.
    virtual Status decode(QByteArrayView &in, bool inputEnds, char *out, qint64 outSize, qint64 *made) = 0;
    /// @brief Readies it for another stream after StreamEnd.
    virtual bool restart() = 0;
    /// @brief Why it is Damaged or Refused, or cannot start.
    QString damage() const { return m_damage; }

protected:
    QString m_damage;
};
