#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <optional>

/// @brief Decoding steps the text readers share (CSV, HTML pages).
namespace TextDecoding {

/// @brief @p bytes read as Windows-1252 (every byte is a character there; the five bytes it
/// leaves undefined are read as U+FFFD).
QString windows1252(QByteArrayView bytes);

/// @brief Windows-1252's character for @p byte (0x80–0x9F differ from Latin-1); U+FFFD for the
/// five it leaves undefined.
char16_t windows1252High(unsigned char byte);

/// @brief Puts U+FFFD in place of each surrogate of @p text without its other half (UTF-16 lets
/// a file hold one; SQLite, converting the text, would join it to the next character);
/// whether any was.
bool replaceUnpairedSurrogates(QString &text);

/// @brief The value of the digit @p c (hexadecimal if @p hex), or -1 if it is none.
int digitValue(QChar c, bool hex);

/// @brief Whether @p head, the first bytes of a file without a byte-order mark, is UTF-16 as
/// programs write it without one (SQL Server's `bcp -w`, .NET's Encoding.Unicode streams): most
/// of its code units Latin letters, digits and punctuation, one byte of each zero, always the
/// same one. The decoder for it (little- or big-endian), or none.
std::optional<QStringDecoder::Encoding> utf16WithoutMark(QByteArrayView head);

/// @brief The first bytes of a text file, @p head, as UTF-8: a UTF-16 file's too (by its
/// byte-order mark, or its zero bytes: utf16WithoutMark()), for recognising what the file is;
/// others as they are.
QByteArray headAsUtf8(QByteArrayView head);

} // namespace TextDecoding
