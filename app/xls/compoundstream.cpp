// GLib's headers before Qt's: Qt's keywords ("signals") would otherwise be macros in them.
#include <gsf/gsf-infile-msole.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-stdio.h>
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
