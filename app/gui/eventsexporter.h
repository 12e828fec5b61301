#pragma once

#include "casefileexporter.h"

/// @brief Writes the events a filter selects to a file, CSV or JSON as `lookuplens-cli events`
/// does (CaseFileExporter: worker thread, progress, Cancel, whole or nothing, audited with its
/// filter).
class EventsExporter final : public CaseFileExporter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsExporter)
public:
    explicit EventsExporter(QWidget *parent);

    /// @brief Exports @p filter's events of the case at @p casePath to @p path; @p total, when
    /// known (else 0), lets the dialog show how far it is.
    void start(const QString &casePath, const EventFilter &filter, EventExport::Format format,
               const QString &path, qint64 total);
};
