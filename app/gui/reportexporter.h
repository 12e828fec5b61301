#pragma once

#include "casefileexporter.h"
#include "casereport.h"

/// @brief Writes a report (CaseReport) on the events a filter selects to an HTML file, as
/// `lookuplens-cli report` does (CaseFileExporter: worker thread, progress, Cancel, whole or
/// nothing), recorded in the audit log with its SHA-256, zone and filter.
class ReportExporter final : public CaseFileExporter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportExporter)
public:
    explicit ReportExporter(QWidget *parent);

    /// @brief Writes the report @p params describe on the case at @p casePath to @p path;
    /// @p total, the number of its events when known (else 0), lets the dialog show how far it is.
    void start(const QString &casePath, const CaseReport::Params &params, const QString &path,
               qint64 total);
};
