#pragma once

#include "casequeries.h"
#include "ipsummary.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

/// @brief The JSON shapes of the CLI's output (events: EventExport). Key names are a contract: extend, never rename.
namespace JsonOutput {
QJsonObject stats(const CaseStats &stats);
QJsonObject handle(const HandleSummary &handle);
QJsonObject source(const SourceRow &source);
QJsonObject ip(const IpSummary &ip);

/// @brief Null for an empty text: a field not given, never "".
QJsonValue textOrNull(const QString &text);
/// @brief Null for no value: never 0 for "not known".
template <typename T>
QJsonValue orNull(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}
} // namespace JsonOutput
