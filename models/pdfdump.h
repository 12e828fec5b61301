#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

class QIODevice;

/// @brief What lookuplens-pdf, the process reading a PDF through Poppler, writes for PdfReader:
/// the text of every page as Poppler lays it out on a grid of characters (as `pdftotext
/// -layout` prints it), so that a table drawn in columns reads as columns, and what the PDF
/// says of itself.
namespace PdfDump {

enum class Status : qint32 {
    Read = 0,     ///< every page's text is in pages
    Unreadable,   ///< Poppler could not open it as a PDF
    Locked,       ///< it needs a password to be opened
};

struct Document
{
    Status status = Status::Unreadable;
    QString producer; ///< the program that wrote the PDF, as its information says
    QString creator;  ///< the program the document was made in
    QDateTime created; ///< invalid if the PDF does not say
    QStringList pages; ///< each page's text, its lines parted by '\n'
    bool openedWithPassword = false; ///< it needed a password to be opened, and the one given opened it
};

void write(QIODevice &out, const Document &document);
/// @brief Reads what write() wrote; false if it is not all there (the writer stopped part way).
bool read(QIODevice &in, Document *document);

} // namespace PdfDump
