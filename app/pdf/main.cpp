// lookuplens-pdf: reads a PDF through Poppler and writes the text of every page, laid out as
// its characters stand on the page, to standard output (the format is PdfDump's, in
// models/pdfdump.h). A process of its own for the reason lookuplens-xls has one: Poppler parses
// a complex binary format from untrusted evidence, and whatever a damaged or hostile file does
// to it stays in this process; the reader sees an error, not a crash of the application.
#include "pdfdump.h"

#include <QFile>
#include <QTimeZone>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace {

QString fromPoppler(const poppler::ustring &text)
{
    const poppler::byte_array utf8 = text.to_utf8();
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

/// Poppler's own complaints about a damaged file would go to standard error, which the
/// reader does not read; the file's state is told by what it could read.
void quiet(const std::string &, void *) {}

/// The byte PDFDocEncoding (ISO 32000-1, Annex D) writes @p c as; 0 where it has none. Its
/// printable letters are Latin-1's but for 0x80–0xA0, which hold typographic signs and the euro,
/// and 0x18–0x1F, which hold accents.
unsigned char pdfDocByte(char16_t c)
{
    static const std::pair<char16_t, unsigned char> beyondLatin1[] = {
        {u'\u02D8', 0x18}, {u'\u02C7', 0x19}, {u'\u02C6', 0x1A}, {u'\u02D9', 0x1B}, {u'\u02DD', 0x1C},
        {u'\u02DB', 0x1D}, {u'\u02DA', 0x1E}, {u'\u02DC', 0x1F}, {u'\u2022', 0x80}, {u'\u2020', 0x81},
        {u'\u2021', 0x82}, {u'\u2026', 0x83}, {u'\u2014', 0x84}, {u'\u2013', 0x85}, {u'\u0192', 0x86},
        {u'\u2044', 0x87}, {u'\u2039', 0x88}, {u'\u203A', 0x89}, {u'\u2212', 0x8A}, {u'\u2030', 0x8B},
        {u'\u201E', 0x8C}, {u'\u201C', 0x8D}, {u'\u201D', 0x8E}, {u'\u2018', 0x8F}, {u'\u2019', 0x90},
        {u'\u201A', 0x91}, {u'\u2122', 0x92}, {u'\uFB01', 0x93}, {u'\uFB02', 0x94}, {u'\u0141', 0x95},
        {u'\u0152', 0x96}, {u'\u0160', 0x97}, {u'\u0178', 0x98}, {u'\u017D', 0x99}, {u'\u0131', 0x9A},
        {u'\u0142', 0x9B}, {u'\u0153', 0x9C}, {u'\u0161', 0x9D}, {u'\u017E', 0x9E}, {u'\u20AC', 0xA0}};
    if ((c >= 0x20 && c < 0x7F) || (c >= 0xA1 && c <= 0xFF && c != 0xAD))
        return static_cast<unsigned char>(c);
    for (const auto &[letter, byte] : beyondLatin1) {
        if (letter == c)
            return byte;
    }
    return 0;
}

/// The UTF-8 @p password as PDFDocEncoding writes it, where it has a letter beyond ASCII and
/// PDFDocEncoding has every one of its letters; empty otherwise (nothing else to try).
std::string asPdfDocEncoding(const std::string &password)
{
    const QString text = QString::fromStdString(password);
    const bool beyondAscii = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() > 0x7F; });
    std::string bytes;
    for (const QChar c : text) {
        const unsigned char byte = pdfDocByte(c.unicode());
        if (byte == 0)
            return {};
        bytes.push_back(static_cast<char>(byte));
    }
    return beyondAscii ? bytes : std::string();
}

/// @p path opened with the first of @p passwords that opens it, each tried as its owner's or its
/// user's; the last try if none does.
std::unique_ptr<poppler::document> openWithPasswords(const char *path, const std::vector<std::string> &passwords)
{
    std::unique_ptr<poppler::document> document;
    for (const std::string &password : passwords) {
        document.reset(poppler::document::load_from_file(path, password, password));
        // An AES-256 PDF holds its password as UTF-8; an older one (RC4, AES-128) as
        // PDFDocEncoding writes it (Latin-1 for most letters of Western languages, but "€").
        if (const std::string pdfDoc = asPdfDocEncoding(password); document && document->is_locked() && !pdfDoc.empty())
            document.reset(poppler::document::load_from_file(path, pdfDoc, pdfDoc));
        if (!document || !document->is_locked())
            break;
    }
    return document;
}

PdfDump::Document readDocument(const char *path, const std::vector<std::string> &passwords)
{
    PdfDump::Document dump;
    poppler::set_debug_error_function(quiet, nullptr);
    // Poppler opens the file for reading only. A PDF restricted by an owner's password only
    // opens without one: the passwords given are tried only where one is needed, and said to
    // have opened it.
    std::unique_ptr<poppler::document> document(poppler::document::load_from_file(path));
    if (document && document->is_locked() && !passwords.empty()) {
        document = openWithPasswords(path, passwords);
        dump.openedWithPassword = document && !document->is_locked();
    }
    if (!document)
        return dump;
    if (document->is_locked()) {
        dump.status = PdfDump::Status::Locked;
        return dump;
    }
    dump.status = PdfDump::Status::Read;
    dump.producer = fromPoppler(document->get_producer());
    dump.creator = fromPoppler(document->get_creator());
    if (const time_t created = document->get_creation_date_t(); created > 0)
        dump.created = QDateTime::fromSecsSinceEpoch(created, QTimeZone::utc());
    for (int i = 0; i < document->pages(); ++i) {
        const std::unique_ptr<poppler::page> page(document->create_page(i));
        // physical_layout: the characters where they stand, as pdftotext -layout prints them.
        QString text = page ? fromPoppler(page->text(poppler::rectf(), poppler::page::physical_layout)) : QString();
        if (text.endsWith(u'\f'))
            text.chop(1);
        dump.pages.append(text);
        // How far it has got, for the import's progress (HelperProgram reads these lines).
        std::fprintf(stderr, "page %d of %d\n", i + 1, document->pages());
        std::fflush(stderr);
    }
    return dump;
}

} // namespace

/// The passwords on standard input, one a line, as the reader writes them (never arguments,
/// which other users' `ps` shows).
std::vector<std::string> passwordsFromInput()
{
    std::vector<std::string> passwords;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return passwords;
    for (QByteArray line; !(line = in.readLine()).isEmpty();) { // "\n" for a blank line, empty at the end
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty())
            passwords.push_back(line.toStdString());
    }
    return passwords;
}

int main(int argc, char **argv)
{
    const bool withPassword = argc == 3 && qstrcmp(argv[1], "--password") == 0;
    if (argc != 2 && !withPassword) {
        std::fputs("usage: lookuplens-pdf FILE.pdf | lookuplens-pdf --password FILE.pdf (the passwords on standard input, one a line)\n",
                   stderr);
        return 2;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 2;
    PdfDump::write(out, readDocument(argv[argc - 1], withPassword ? passwordsFromInput() : std::vector<std::string>()));
    return 0;
}
