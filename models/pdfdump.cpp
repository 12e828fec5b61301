#include "pdfdump.h"

#include <QDataStream>

namespace {

constexpr quint32 Magic = 0x4C4C5044; // "LLPD"
constexpr quint32 End = 0x454E4421;   // "END!": the writer got to the end
constexpr qint32 Version = 2; // 2: opened with a password

} // namespace

void PdfDump::write(QIODevice &out, const Document &document)
{
    QDataStream stream(&out);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << Magic << Version << qint32(document.status) << document.producer << document.creator << document.created
           << document.pages << document.openedWithPassword << End;
}

bool PdfDump::read(QIODevice &in, Document *document)
{
    QDataStream stream(&in);
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    qint32 version = 0;
    qint32 status = 0;
    stream >> magic >> version;
    if (magic != Magic || version != Version)
        return false;
    stream >> status >> document->producer >> document->creator >> document->created >> document->pages
        >> document->openedWithPassword;
    document->status = static_cast<PdfDump::Status>(status);
    quint32 end = 0;
    stream >> end;
    return stream.status() == QDataStream::Ok && end == End;
}
