#include "reportexporter.h"

#include "timeformat.h"

ReportExporter::ReportExporter(QWidget *parent) : CaseFileExporter(parent, tr("Write a report"))
{
}

void ReportExporter::start(const QString &casePath, const CaseReport::Params &params,
                           const QString &path, qint64 total)
{
    Job job;
    job.casePath = casePath;
    job.path = path;
    job.total = total;
    job.label = tr("Writing the report to %1…").arg(path);
    job.writer = [params](QSqlDatabase db, QIODevice &out,
                          const std::function<bool(qint64)> &goOn) {
        return CaseReport::write(db, params, out, goOn);
    };
    job.auditAction = QStringLiteral("report-written");
    job.auditDetails = {{QStringLiteral("zone"), TimeFormat::zoneId(params.zone)},
                        {QStringLiteral("sequence_minutes"), params.sequenceMinutes},
                        {QStringLiteral("filter"), params.filter.toJson()}};
    startJob(job);
}
