#include "eventsexporter.h"

EventsExporter::EventsExporter(QWidget *parent) : CaseFileExporter(parent, tr("Export events"))
{
}

void EventsExporter::start(const QString &casePath, const EventFilter &filter,
                           EventExport::Format format, const QString &path, qint64 total)
{
    Job job;
    job.casePath = casePath;
    job.path = path;
    job.total = total;
    job.label = tr("Writing the events to %1…").arg(path);
    job.writer = [filter, format](QSqlDatabase db, QIODevice &out,
                                  const std::function<bool(qint64)> &goOn) {
        return EventExport::write(db, filter, format, out, goOn);
    };
    job.auditAction = QStringLiteral("export-events");
    job.auditDetails = {
        {QStringLiteral("format"), format == EventExport::Format::Json ? u"json"_qs : u"csv"_qs},
        {QStringLiteral("filter"), filter.toJson()}};
    startJob(job);
}
