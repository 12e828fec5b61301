#include "otherfilekind.h"

namespace {

enum class Kind { None, Compressed, Archive, Image, Database };

struct Signature
{
    const char *bytes;
    int size;
    int offset;
    Kind kind;
    const char *name;   ///< the format's own name, not translated
    const char *suffix; ///< a compressed file's suffix, with which it is read as the file it holds
};

// Their magic numbers as the formats' specifications give them.
constexpr Signature Signatures[] = {
    {"\x1F\x8B", 2, 0, Kind::Compressed, "gzip", ".gz"},
    {"1AY&SY", 6, 4, Kind::Compressed, "bzip2", ".bz2"}, // a first block's magic, after "BZh9"
    {"\xFD" "7zXZ\x00", 6, 0, Kind::Compressed, "xz", ".xz"},
    {"\x28\xB5\x2F\xFD", 4, 0, Kind::Compressed, "Zstandard", ".zst"},
    {"7z\xBC\xAF\x27\x1C", 6, 0, Kind::Archive, "7-Zip", nullptr},
    {"Rar!\x1A\x07", 6, 0, Kind::Archive, "RAR", nullptr},
    {"ustar", 5, 257, Kind::Archive, "tar", nullptr},
    {"\x89PNG\r\n\x1A\n", 8, 0, Kind::Image, "PNG", nullptr},
    {"\xFF\xD8\xFF", 3, 0, Kind::Image, "JPEG", nullptr},
    {"GIF8", 4, 0, Kind::Image, "GIF", nullptr},
    {"II*\x00", 4, 0, Kind::Image, "TIFF", nullptr},
    {"MM\x00*", 4, 0, Kind::Image, "TIFF", nullptr},
    {"SQLite format 3\x00", 16, 0, Kind::Database, "SQLite", nullptr},
};

} // namespace

QString OtherFileKind::whyUnreadable(const QByteArray &head)
{
    // A case's SQLite header holds its application id, big-endian at byte 68.
    if (head.startsWith(QByteArrayLiteral("SQLite format 3\x00")) && head.mid(68, 4) == QByteArrayLiteral("LLCS"))
        return tr("a LookupLens case, not a return: open it as a case (File → Open case), or import the returns "
                  "it was made from");
    for (const Signature &s : Signatures) {
        if (head.mid(s.offset, s.size) != QByteArray::fromRawData(s.bytes, s.size))
            continue;
        const QString name = QString::fromLatin1(s.name);
        switch (s.kind) {
        case Kind::Compressed: // read as the table it holds where it is named so
            return tr("a file compressed with %1, but not named \"%2\": add \"%2\" to its name (a copy's) and "
                      "import that, or decompress it and import the file it holds")
                .arg(name, QString::fromLatin1(s.suffix));
        case Kind::Archive: // read as an archive where it is named so
            return tr("a %1 archive, but not named as one (\".7z\", \".rar\", \".tar\", \".tar.gz\"): name a copy so "
                      "and import that, or extract it and import the files it holds")
                .arg(name);
        case Kind::Image:
            return tr("a %1 image, not a table: a photographed or scanned return must be made into a table (typed, "
                      "or its text recognised) before it can be imported")
                .arg(name);
        case Kind::Database:
            return tr("an %1 database, not a table: export the table that holds the records (as CSV) and import that")
                .arg(name);
        case Kind::None:
            break;
        }
    }
    return {};
}
