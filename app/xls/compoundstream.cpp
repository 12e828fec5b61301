// GLib's headers before Qt's: Qt's keywords ("signals") would otherwise be macros in them.
#include <gsf/gsf-infile-msole.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-stdio.h>
#include <gsf/gsf-outfile-msole.h>
#include <gsf/gsf-outfile.h>
#include <gsf/gsf-output-stdio.h>
#include <gsf/gsf-utils.h>

#include "compoundstream.h"

#include <QFile>

#include <limits>
#include <memory>

namespace {

struct GObjectUnref
{
    void operator()(void *object) const { g_object_unref(object); }
};

} // namespace

std::optional<QByteArray> CompoundStream::read(const QString &path, const char *name)
{
    gsf_init(); // idempotent
    std::unique_ptr<GsfInput, GObjectUnref> input(gsf_input_stdio_new(QFile::encodeName(path).constData(), nullptr));
    std::unique_ptr<GsfInfile, GObjectUnref> ole(input ? gsf_infile_msole_new(input.get(), nullptr) : nullptr);
    if (!ole)
        return std::nullopt;
    std::unique_ptr<GsfInput, GObjectUnref> stream(gsf_infile_child_by_name(ole.get(), name));
    if (!stream || gsf_input_size(stream.get()) > std::numeric_limits<int>::max())
        return std::nullopt;
    QByteArray bytes(qsizetype(gsf_input_size(stream.get())), Qt::Uninitialized);
    if (!bytes.isEmpty() && !gsf_input_read(stream.get(), size_t(bytes.size()), reinterpret_cast<guint8 *>(bytes.data())))
        return std::nullopt;
    return bytes;
}

std::optional<QByteArray> CompoundStream::workbookStream(const QString &path)
{
    auto stream = read(path, "Workbook");
    return stream ? stream : read(path, "Book"); // Excel 5 and 95
}

bool CompoundStream::write(const QString &path, const char *name, const QByteArray &bytes)
{
    gsf_init();
    std::unique_ptr<GsfOutput, GObjectUnref> output(gsf_output_stdio_new(QFile::encodeName(path).constData(), nullptr));
    std::unique_ptr<GsfOutfile, GObjectUnref> ole(output ? gsf_outfile_msole_new(output.get()) : nullptr);
    if (!ole)
        return false;
    bool written = false;
    {
        std::unique_ptr<GsfOutput, GObjectUnref> stream(gsf_outfile_new_child(ole.get(), name, FALSE));
        written = stream && gsf_output_write(stream.get(), size_t(bytes.size()), reinterpret_cast<const guint8 *>(bytes.constData()))
                  && gsf_output_close(stream.get());
    }
    // Closing the compound file writes its directory and closes the file under it.
    return gsf_output_close(GSF_OUTPUT(ole.get())) && written;
}
