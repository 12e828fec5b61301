#pragma once

#include "importfiles.h"
#include "importjob.h"
#include "tableimporter.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>

#include <atomic>
#include <memory>

class ColumnMappingWidget;
struct SurveyTally;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QStandardItem;
class QStandardItemModel;
class QTableView;
class QVBoxLayout;
class TimeZoneComboBox;

/// @brief Import with preview: recognised format (and why), declared zone and date order, a
/// column mapping that can be saved and loaded as a profile, and the first rows exactly as
/// they will be stored, with the errors found. The preview writes nothing.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)
public:
    ImportDialog(const QStringList &files, const QString &casePath, const QString &region, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// @brief What to import, as the analyst set it; valid after accept().
    ImportParams params() const { return m_params; }
    /// @brief The preview's result (for tests and the status line).
    const ImportResult &previewResult() const { return m_preview; }

    /// @brief Files of the folders named that are not imported, each with why: listed among the
    /// problems of every file's preview.
    void setLeftOut(const QStringList &leftOut);
    /// @brief The files found in a folder or ZIP named, not named themselves (ImportParams::foundFiles):
    /// the preview is read again, as one of them may be left out.
    void setFound(const QSet<QString> &found);
    /// @brief Says above the files why the dialog is shown (files an import left waiting).
    void setNotice(const QString &notice);
    /// @brief The passwords of the encrypted files (ZIPs, workbooks, PDFs), given before (files
    /// an import left waiting): not asked again.
    void setPasswords(const QStringList &passwords);
    /// @brief Shows each file with @p settings, as chosen for it before (a mapping's profile
    /// shown as the mapping).
    void setSettings(const QHash<QString, ReadSettings> &settings);

    /// @brief Accepts the dialog if the settings make a valid import; false with the reason shown.
    bool acceptIfValid();

    static constexpr int PreviewRows = 200;

signals:
    void previewReady();
    /// @brief Every file of the import has been read by its first rows, and the list says which are ready.
    void surveyReady();
    /// @brief The mapping's column boxes list the columns of the file previewed.
    void mappingColumnsReady();

private:
    void build();
    void buildTimestampFormatRow(QFormLayout *form);
    void buildNumberRegionRow(QFormLayout *form);
    void buildDecimalMarkRow(QFormLayout *form);
    QFormLayout *buildSettings();
    QWidget *buildMapping();
    void buildPreview(QVBoxLayout *layout);
    void refreshMapping();
    void showPeek(const TableImporter::Peek &peek);
    bool collect(ImportParams *params, QString *error) const;
    /// @brief The settings the boxes show (of the file shown); a mapping's profile only when whole.
    ReadSettings shownSettings() const;
    /// @brief The column mapping shown, with the zone, day/month order and numbers' region chosen
    /// above it; or none, @p error saying what it lacks.
    std::optional<TableFormat> mappedProfile(QString *error) const;
    /// @brief Puts @p settings in the boxes, without a preview for each box set.
    void showSettings(const ReadSettings &settings);
    /// @brief Another file chosen in the file box: the one left keeps its settings.
    void showFile();
    void applyToEveryFile();
    /// @brief Says whether every file is read with the same settings.
    void updateSettingsScope();
    /// @brief Shows the choice of continued worksheets where the file shown has one to read.
    void showContinuedChoice(const FileImportResult &file);
    void showTimestampFormatChoice(const FileImportResult &file);
    void showSubscriberChoice(const FileImportResult &file);
    void showDecimalMarkChoice(const FileImportResult &file);
    // The list of files (importdialogfiles.cpp): a ZIP or workbook encrypted with a password opened with it.
    void fillFileBox();
    /// @brief The rows under the file box: the settings' scope, the password of encrypted files.
    void buildFileRows(QFormLayout *form);
    /// @brief Shows the password row where the file shown is encrypted and asks for one.
    void showPasswordChoice(const FileImportResult &file);
    /// @brief Adds @p password to those given, then lists the tables of the ZIP shown, opened
    /// with them, off the GUI thread (a workbook shown is previewed again with them).
    void openWithPassword(const QString &password);
    /// @brief Says how many passwords are given; the button to forget them shown if any are.
    void showPasswordsGiven();
    /// @brief Puts the tables of @p zip, listed with the passwords, in its place in the list.
    void showOpened(const QString &zip, const ImportFiles::Expanded &expanded);
    // Which files of the import are ready (importdialogsurvey.cpp): each read by its first rows
    // off the GUI thread, after each preview, and marked in the list.
    void startSurvey();
    void showSurvey(const ImportResult &result);
    /// Marks the list's @p entry by its survey, @p read (none: not read yet), and counts it.
    void markSurveyed(int entry, const FileImportResult *read, SurveyTally &tally);
    /// @brief After the survey of request @p request, the returns and PDFs it leaves (read whole
    /// before their first record) are read too, each file's state then known as if shown.
    void surveyReadWhenShown(int request);
    /// @brief Reads @p params's files for survey request @p request into @p watcher.
    void runSurvey(QFutureWatcher<ImportResult> &watcher, ImportParams params, int request);
    /// @brief Why @p file cannot be imported as set yet, in a few words; empty when it can.
    static QString waitsFor(const FileImportResult &file);
    /// @brief Notes what @p file, read whole or shown, waits for and whether it can be imported.
    void noteShown(const FileImportResult &file);
    /// @brief Enables Import, or disables it saying @p whyNot: nothing the dialog lists could
    /// be imported as set (the import would only fail).
    void allowImport(const QString &whyNot = {});
    void startPreview();
    /// @brief Reads the file shown (after the files before it, given @p params' files) off the
    /// GUI thread, as the preview answering @p request.
    void runPreview(ImportParams params, int request);
    /// @brief Shows a preview read; then, for a file dropped after others, reads it again after them.
    void previewRead(const ImportResult &result);
    /// @brief Shows the last file of @p read (the files before it said in the summary).
    void showPreview(const ImportResult &read);
    /// @brief Shows a file's first rows as written (of the worksheet @p sheet, when one of
    /// several), or (given none) says rows show as stored.
    void showRowsAsWritten(const QList<TableRow> &rows, const QString &sheet = {});
    void loadProfile();
    void saveProfile();
    bool mappingMode() const;
    /// The format box's value for a column mapping: the fields of a profile, no format's id.
    static inline const QString MappingId = QStringLiteral("__mapping__");

    QStringList m_files;
    /// Each file's settings as the analyst left them; a file never shown has the defaults
    /// (recognised, no zone declared): a zone chosen for one file is never a silent guess for
    /// another (an Apple log in UTC beside a carrier's local times).
    QHash<QString, ReadSettings> m_settings;
    QString m_shownFile;
    std::optional<TableFormat> m_profileToShow; ///< the shown file's mapping, once its columns are read
    QLabel *m_settingsScope = nullptr;
    QLabel *m_notice = nullptr;
    QString m_casePath;
    QString m_region;
    QComboBox *m_fileBox;
    QComboBox *m_format;
    TimeZoneComboBox *m_zone;
    QComboBox *m_dateOrder;
    /// Shown where the file has a worksheet without a header row that could go on from the
    /// records before it (or the analyst asked for such worksheets to be read).
    QCheckBox *m_continued;
    /// Shown where one subscriber's records name no subscriber (or the analyst declared one):
    /// whose records they are, as the analyst declares it.
    QLineEdit *m_subscriber;
    QComboBox *m_timestampFormat; ///< a count the file's times are written as, declared (ReadSettings::timestampFormat)
    QComboBox *m_numberRegion;    ///< the region of the file's numbers without a country code (ReadSettings::numberRegion)
    QComboBox *m_decimalMark; ///< the durations' decimal mark, declared (ReadSettings::decimalMark)
    /// Shown where a file is encrypted with a password (a ZIP's entries, a workbook, a PDF): a
    /// password, typed hidden, added to those given, each tried on every encrypted file of the
    /// import (a ZIP in one password may hold a workbook in another), and kept nowhere.
    QLineEdit *m_password = nullptr;
    QLabel *m_passwordNote = nullptr;
    QPushButton *m_forgetPasswords = nullptr;
    QStringList m_passwordsGiven;
    QWidget *m_scopeRow = nullptr;
    QFutureWatcher<ImportFiles::Expanded> m_openWatcher;
    QFormLayout *m_settingsForm = nullptr;
    ColumnMappingWidget *m_mapping;
    QWidget *m_mappingBox;
    QLabel *m_recognition;
    QStringList m_leftOut;
    QSet<QString> m_found;
    QLabel *m_previewCaption;
    QTableView *m_previewView;
    QStandardItemModel *m_previewModel;
    QListWidget *m_errors;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton = nullptr;
    QFutureWatcher<ImportResult> m_watcher;
    int m_request = 0;
    int m_filesBefore = 0; ///< the files dropped before the one shown that the preview running reads too
    /// The preview wanted, for the one running to stop when it is no longer (shared with it).
    std::shared_ptr<std::atomic_int> m_wanted = std::make_shared<std::atomic_int>(0);
    /// How far the preview running has read its file (0..1), shown while it reads.
    std::shared_ptr<std::atomic<double>> m_readSoFar;
    /// Whether it is checking a return's pages in its ZIPs (before their first records are read).
    std::shared_ptr<std::atomic_bool> m_checking;
    QTimer *m_readingShown;
    /// The file's header and first rows, read off the GUI thread for the mapping (a large
    /// workbook's shared strings take seconds), shown while the mapping is incomplete.
    QFutureWatcher<TableImporter::Peek> m_peekWatcher;
    int m_peekRequest = 0;
    QString m_peekPath; ///< the file peeked at, empty outside mapping mode
    QList<TableRow> m_peekRows;
    QString m_peekPart; ///< the worksheet of those rows, when the workbook has several
    QLabel *m_readiness = nullptr;
    /// What each file shown waits for (waitsFor(), empty for nothing), by path: a return the
    /// survey leaves to its preview is known once shown.
    QHash<QString, QString> m_shownWaitsFor;
    QSet<QString> m_shownImportable; ///< of those, the ones an import would read as set
    QHash<QString, QString> m_shownLeftOut; ///< of those, the ones left out once read: why
    QFutureWatcher<ImportResult> m_surveyWatcher;
    QFutureWatcher<ImportResult> m_slowSurveyWatcher; ///< surveyReadWhenShown()
    ImportResult m_lastSurvey; ///< shown again when the slow files are read
    int m_surveyRequest = 0;
    int m_slowSurveyRequest = 0; ///< the survey request whose slow files were last read
    std::shared_ptr<std::atomic_int> m_surveyWanted = std::make_shared<std::atomic_int>(0);
    ImportResult m_preview;
    ImportParams m_params;
};
