#pragma once

#include "casequeries.h"
#include "ipsummary.h"

#include <QJsonObject>

/// @brief The JSON and CSV shapes of the CLI's output. Key names are a contract: extend, never rename.
namespace JsonOutput {
QJsonObject stats(const CaseStats &stats);
QJsonObject handle(const HandleSummary &handle);
/// @brief One event as compact JSON.
QByteArray event(const EventRow &event);
QJsonObject source(const SourceRow &source);
QJsonObject ip(const IpSummary &ip);
QStringList eventCsvHeader();
QStringList eventCsvFields(const EventRow &event);
QString csvEscape(const QString &field);
} // namespace JsonOutput
