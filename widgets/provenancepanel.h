#pragma once

#include "casequeries.h"
#include "provenancetext.h"

#include <QJsonObject>
#include <QTimeZone>
#include <QWidget>

class QTextBrowser;

/// @brief Where the selected event comes from: source file, its SHA-256, the line, the raw
/// record verbatim, the zone used, the preserved extra columns and every other source the
/// same record appears in. Selectable and copyable.
class ProvenancePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvenancePanel)
public:
    explicit ProvenancePanel(QWidget *parent = nullptr);
    void showEvent(const std::optional<EventProvenance> &provenance, const QTimeZone &zone);
    QString plainText() const;
    /// @brief The names shown for the sources whose name another source has too (a file imported
    /// again), by id: SourceListModel::numberedNames(). The others show their own.
    void setSourceNames(const QHash<qint64, QString> &names) { m_sourceNames = names; }

signals:
    /// @brief The event's source, or another it stands in, was clicked: its description is wanted.
    void sourceChosen(qint64 sourceId);

private:
    /// The link of a source's name, leading to its description.
    static QString sourceLink(qint64 sourceId);
    /// @brief The importer's note on a time of the hour daylight saving repeats, of the event
    /// at @p utcMs, worded in the reader's language, its other moment shown in @p zone.
    static QString repeatedHourText(const QString &note, qint64 utcMs, const QTimeZone &zone);
    /// @brief The one whole number in @p text; none where it holds none or several.
    static std::optional<int> onlyNumberIn(const QString &text);
    /// @brief @p note with each moment it names in ISO 8601 UTC shown in @p zone.
    static QString withMomentsShown(const QString &note, const QTimeZone &zone);
    /// @brief The time as written, and, for a worksheet's date serial number, what that is.
    static QString asWritten(const QString &timeRaw, const EventProvenance &p);
    /// The zone a time was read in, with the tz database's release whose rules read it or, where
    /// its offset was written, checked that offset.
    static QString zoneRulesText(const QString &zoneUsed, const QString &release);
    /// @brief The time, as shown, in UTC and as written, and the zone read in (taking the
    /// importer's note on a repeated hour out of @p extra).
    static void addTimeRows(ProvenanceText &text, const EventProvenance &p, QJsonObject &extra, const QTimeZone &zone);
    static void addPartyRows(ProvenanceText &text, const EventProvenance &p);
    /// @brief The analyst's mark on the event, its note and who set it when; nothing if unmarked.
    static void addMarkRows(ProvenanceText &text, const EventRow &e);
    /// @brief A party's handle as shown (@p handle) and as the record wrote it (@p raw).
    static QString writtenAs(const QString &handle, const QString &raw);
    /// The party as writtenAs() shows it, saying so where it is a withheld number's words or
    /// masked (@p kind, handleKindKey()).
    static QString partyText(const QString &shown, const QString &raw, const QString &kind);
    /// @brief The file the event was read from: its path, hashes, how it was decrypted, the worksheet.
    static void addSourceRows(ProvenanceText &text, const EventProvenance &p);
    /// @brief The line or row, and where it is (a PDF's page, a hidden row).
    static void addLineRow(ProvenanceText &text, const EventProvenance &p);
    /// @brief What reading the record met: its encoding, references naming no character, formulas.
    static void addReadingRows(ProvenanceText &text, const EventProvenance &p);
    /// @brief The row's formula cells: which columns hold a formula, with or without its result.
    static void addFormulaRows(ProvenanceText &text, const EventProvenance &p);
    /// @brief The record verbatim, the row's other columns, and the other sources holding it.
    static void addRecord(ProvenanceText &text, const EventProvenance &p, const QJsonObject &extra);
    /// @brief A key of the event's other fields as shown: the row's own column names as written,
    /// LookupLens's own words ("accepted", "subscriber (line 5)") in the analyst's language.
    static QString extraLabel(const QString &key);
    /// @brief One of those fields' values as shown: text as it stands, yes or no, a list of
    /// records (a WhatsApp call's events) a line each, each field by the label the page gives it.
    static QString extraValue(const QJsonValue &value);
    /// @brief @p p with its sources' names as setSourceNames() gives them.
    EventProvenance withSourceNames(EventProvenance p) const;

    QTextBrowser *m_text;
    QHash<qint64, QString> m_sourceNames;
    QString m_plain; ///< the same content as "Label: value" lines, for the clipboard
};
