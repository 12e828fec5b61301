#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QTimeZone>

#include "evidenceclass.h"

#include <memory>
#include <optional>

class CaseDatabase;
class QJsonDocument;
class QJsonObject;

/// @brief What every lookuplens-cli command shares: streams, option parsing, opening the case,
/// one-line failures (exit status 2).
namespace CliSupport {
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
QTextStream &out();
QTextStream &err();
/// @brief Standard output for text already encoded as UTF-8, without a QString round trip
/// (hundreds of MB for a large export); out() is flushed first, so the two keep their order.
QFile &bytesOut();
/// @brief Flushes bytesOut(), whose last bytes leave stdio's buffer only then. Returns @p error,
/// or where there is none and the flush failed, why: an export cut short is never recorded.
QString flushedBytesOut(const QString &error = {});
/// @brief The exit status of a command refused: bad options, a case that cannot be opened.
inline constexpr int Refused = 2;
/// @brief Prints "lookuplens-cli COMMAND: MESSAGE" on stderr; returns Refused.
int fail(const QString &command, const QString &message);
extern const QCommandLineOption caseOption;
extern const QCommandLineOption jsonOption;
/// @brief Whether a command takes files after its options (import, geo add) or nothing.
enum class Files
{
    Refused,
    Taken
};
/// @brief Parses the arguments after the command word; false with a message on anything unknown,
/// and on any word that is no option's where the command takes no files: a second handle
/// after --handle is refused, not dropped.
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
           QString *message, Files files = Files::Refused);
/// @brief Opens --case; read only where it cannot be written (read-only media, a write blocker),
/// so that every command that reads it works there too.
std::unique_ptr<CaseDatabase> openCase(const QCommandLineParser &parser, QString *message);
/// @brief Records @p action (an export, a check of the evidence) in the case's audit log; where
/// it cannot be (a case on read-only storage), says so on stderr, what was done standing.
void recordInAuditLog(const CaseDatabase &caseDb, const QString &command, const QString &action,
                      const QJsonObject &details);
/// @brief For the listings (stats, handles, sources, rejected, duplicates): adds --case and
/// --json to @p parser, parses and opens the case; null, the failure printed, when either fails.
std::unique_ptr<CaseDatabase> listingCase(QCommandLineParser &parser, const QString &command, const QStringList &arguments);
void printJson(const QJsonDocument &document);
/// @brief "1 lookup, 0 communications, 2 connections": each class counted apart, plain digits.
QString classCountsText(const ClassCounts &counts);
/// @brief Under figures that count lookups, what a lookup does not show, in plain words, as
/// wherever lookups are shown (product.md); nothing where none are counted.
void printLookupCaveat(qint64 lookups, const QString &indent = {});
/// @brief Reads --from and --to (ISO 8601) into @p fromMs / @p toMs (as given: --to inclusive);
/// false with a message when one is unreadable.
bool timeWindow(const QCommandLineParser &parser, std::optional<qint64> *fromMs, std::optional<qint64> *toMs, QString *message);
/// @brief Reads --sequence-minutes, the window after a lookup in which a communication between
/// its two handles is listed as following it; false with a message unless a whole number >= 0.
bool sequenceMinutes(const QCommandLineParser &parser, int *minutes, QString *message);
/// @brief The zone --zone names (an IANA name, UTC or an offset), or the case's display zone
/// where it is not given; none, with a message, for a name that is no zone.
std::optional<QTimeZone> shownZone(const QCommandLineParser &parser, const CaseDatabase &caseDb, QString *message);
/// @brief Says once (@p said) that a command waits while another program imports into the case.
void sayWaiting(const QString &casePath, bool *said);
} // namespace CliSupport
