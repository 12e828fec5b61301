#pragma once

#include "casequeries.h"
#include "ipsummary.h"

#include <QJsonObject>

/// @brief The JSON shapes of the CLI's output (events: EventExport). Key names are a contract: extend, never rename.
namespace JsonOutput {
QJsonObject stats(const CaseStats &stats);
QJsonObject handle(const HandleSummary &handle);
QJsonObject source(const SourceRow &source);
QJsonObject ip(const IpSummary &ip);
} // namespace JsonOutput
