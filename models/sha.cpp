#include "sha.h"

#include <nettle/base64.h>
#include <nettle/sha1.h>
#include <nettle/sha2.h>

struct Sha::Sha256::State
{
    sha256_ctx context;
};

QByteArray Sha::sha256(QByteArrayView data)
{
    Sha256 hash;
    hash.addData(data);
    return hash.result();
}

QString Sha::sha1Base64(QByteArrayView data)
{
    sha1_ctx context;
    sha1_init(&context);
    sha1_update(&context, size_t(data.size()), reinterpret_cast<const uint8_t *>(data.data()));
    uint8_t digest[SHA1_DIGEST_SIZE];
    sha1_digest(&context, SHA1_DIGEST_SIZE, digest);
    char text[BASE64_ENCODE_RAW_LENGTH(SHA1_DIGEST_SIZE)];
    base64_encode_raw(text, SHA1_DIGEST_SIZE, digest);
    return QString::fromLatin1(text, qsizetype(sizeof text));
}

Sha::Sha256::Sha256()
    : m_state(std::make_unique<State>())
{
    sha256_init(&m_state->context);
}

Sha::Sha256::~Sha256() = default;

void Sha::Sha256::addData(QByteArrayView data)
{
    sha256_update(&m_state->context, size_t(data.size()), reinterpret_cast<const uint8_t *>(data.data()));
}

QByteArray Sha::Sha256::result()
{
    QByteArray digest(SHA256_DIGEST_SIZE, Qt::Uninitialized);
    sha256_digest(&m_state->context, SHA256_DIGEST_SIZE, reinterpret_cast<uint8_t *>(digest.data()));
    return digest;
}
