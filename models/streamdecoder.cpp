#include "streamdecoder.h"

#include <bzlib.h>
#include <lzma.h>
#include <zstd.h>

#include <climits>

namespace {

/// At most what a 32-bit length holds (libbz2's), whatever the buffer.
unsigned int clamped(qint64 size)
{
    return unsigned(qMin<qint64>(size, UINT_MAX));
}

class Bzip2Decoder final : public StreamDecoder
{
public:
    Bzip2Decoder() { restart(); }
    ~Bzip2Decoder() override { end(); }
    QByteArrayView magic() const override { return "BZh"; }
    bool restart() override
    {
        end();
        m_started = BZ2_bzDecompressInit(&m_stream, 0, 0) == BZ_OK;
        if (!m_started)
            m_damage = StreamDecoder::tr("libbz2 cannot start");
        return m_started;
    }
    Status decode(QByteArrayView &in, bool, char *out, qint64 outSize, qint64 *made) override
    {
        m_stream.next_in = const_cast<char *>(in.data());
        m_stream.avail_in = clamped(in.size());
        m_stream.next_out = out;
        m_stream.avail_out = clamped(outSize);
        const int status = BZ2_bzDecompress(&m_stream);
        in = in.sliced(qint64(clamped(in.size()) - m_stream.avail_in));
        *made = qint64(clamped(outSize) - m_stream.avail_out);
        if (status == BZ_STREAM_END)
            return Status::StreamEnd;
        if (status == BZ_OK)
            return Status::Going;
        // bzip2's own words: a block's CRC that does not match is "data integrity error".
        m_damage = status == BZ_DATA_ERROR_MAGIC ? StreamDecoder::tr("no bzip2 data where a stream should begin")
                   : status == BZ_DATA_ERROR      ? StreamDecoder::tr("data integrity error: a block does not decode as written")
                                                  : StreamDecoder::tr("libbz2 error %1").arg(status);
        return Status::Damaged;
    }

private:
    void end()
    {
        if (m_started)
            BZ2_bzDecompressEnd(&m_stream);
        m_started = false;
        m_stream = bz_stream{};
    }
    bz_stream m_stream{};
    bool m_started = false;
};

class XzDecoder final : public StreamDecoder
{
public:
    /// Eight times what xz -9's dictionary takes (64 MiB): a file that needs more is refused, not read.
    static constexpr quint64 MemoryLimit = 512ull * 1024 * 1024;

    XzDecoder() { restart(); }
    ~XzDecoder() override { lzma_end(&m_stream); }
    QByteArrayView magic() const override { return QByteArrayView("\xFD" "7zXZ\x00", 6); }
    qint64 paddingUnit() const override { return 4; }
    bool restart() override
    {
        lzma_end(&m_stream);
        m_stream = LZMA_STREAM_INIT;
        const lzma_ret started = lzma_stream_decoder(&m_stream, MemoryLimit, 0);
        if (started != LZMA_OK)
            m_damage = StreamDecoder::tr("liblzma cannot start (%1)").arg(int(started));
        return started == LZMA_OK;
    }
    Status decode(QByteArrayView &in, bool inputEnds, char *out, qint64 outSize, qint64 *made) override
    {
        m_stream.next_in = reinterpret_cast<const uint8_t *>(in.data());
        m_stream.avail_in = size_t(in.size());
        m_stream.next_out = reinterpret_cast<uint8_t *>(out);
        m_stream.avail_out = size_t(outSize);
        const lzma_ret status = lzma_code(&m_stream, inputEnds ? LZMA_FINISH : LZMA_RUN);
        in = in.sliced(in.size() - qint64(m_stream.avail_in));
        *made = outSize - qint64(m_stream.avail_out);
        switch (status) {
        case LZMA_STREAM_END:
            return Status::StreamEnd;
        case LZMA_OK:
        case LZMA_BUF_ERROR: // no progress: the input ended inside the stream (the caller sees it cut)
            return Status::Going;
        case LZMA_MEMLIMIT_ERROR:
            m_damage = StreamDecoder::tr("it needs more than %1 MiB of memory to decode; refused").arg(MemoryLimit >> 20);
            return Status::Refused;
        case LZMA_DATA_ERROR:
            m_damage = StreamDecoder::tr("its data do not decode as written: a block or its check is corrupt");
            return Status::Damaged;
        case LZMA_FORMAT_ERROR:
            m_damage = StreamDecoder::tr("no xz data where a stream should begin");
            return Status::Damaged;
        default:
            m_damage = StreamDecoder::tr("its data do not decode as written (liblzma error %1)").arg(int(status));
            return Status::Damaged;
        }
    }

private:
    lzma_stream m_stream = LZMA_STREAM_INIT;
};

class ZstandardDecoder final : public StreamDecoder
{
public:
    ZstandardDecoder() : m_stream(ZSTD_createDStream())
    {
        if (!m_stream)
            m_damage = StreamDecoder::tr("libzstd cannot start");
    }
    ~ZstandardDecoder() override { ZSTD_freeDStream(m_stream); }
    QByteArrayView magic() const override { return QByteArrayView("\x28\xB5\x2F\xFD", 4); }
    bool restart() override
    {
        return m_stream && !ZSTD_isError(ZSTD_DCtx_reset(m_stream, ZSTD_reset_session_only));
    }
    Status decode(QByteArrayView &in, bool, char *out, qint64 outSize, qint64 *made) override
    {
        ZSTD_inBuffer input{in.data(), size_t(in.size()), 0};
        ZSTD_outBuffer output{out, size_t(outSize), 0};
        const size_t status = ZSTD_decompressStream(m_stream, &output, &input);
        in = in.sliced(qint64(input.pos));
        *made = qint64(output.pos);
        if (ZSTD_isError(status)) {
            m_damage = StreamDecoder::tr("its data do not decode as written (%1)").arg(QString::fromUtf8(ZSTD_getErrorName(status)));
            return Status::Damaged;
        }
        // 0: a frame ended whole, and all it decoded is out.
        return status == 0 ? Status::StreamEnd : Status::Going;
    }

private:
    ZSTD_DStream *m_stream;
};

} // namespace

std::unique_ptr<StreamDecoder> StreamDecoder::create(Kind kind)
{
    switch (kind) {
    case Kind::Bzip2:
        return std::make_unique<Bzip2Decoder>();
    case Kind::Xz:
        return std::make_unique<XzDecoder>();
    case Kind::Zstandard:
        return std::make_unique<ZstandardDecoder>();
    }
    return nullptr;
}
