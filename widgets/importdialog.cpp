#include "importdialog.h"

#include "backgroundpool.h"
#include "columnmappingwidget.h"
#include "entrylineedit.h"
#include "filedialogs.h"
#include "importpreviewrows.h"
#include "placename.h"
#include "plaintooltip.h"
#include "tableimporter.h"
#include "timeformat.h"
#include "timezonecombobox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

ImportDialog::ImportDialog(const QStringList &files, const QString &casePath, const QString &region,
                           QWidget *parent)
    : QDialog(parent), m_files(files), m_casePath(casePath), m_region(region),
      m_fileBox(new QComboBox(this)), m_format(new QComboBox(this)),
      m_zone(new TimeZoneComboBox(tr("Not declared (the file must state its zone)"), this)),
      m_dateOrder(new QComboBox(this)), m_continued(new QCheckBox(this)),
      m_subscriber(new EntryLineEdit(this)), m_timestampFormat(new QComboBox(this)),
      m_numberRegion(new QComboBox(this)), m_decimalMark(new QComboBox(this)),
      m_mapping(new ColumnMappingWidget(this)), m_mappingBox(nullptr),
      m_recognition(new QLabel(this)), m_previewCaption(new QLabel(this)),
      m_previewView(new QTableView(this)), m_previewModel(new QStandardItemModel(this)),
      m_errors(new QListWidget(this)), m_buttons(new QDialogButtonBox(this)),
      m_readingShown(new QTimer(this))
{
    setWindowTitle(tr("Import provider returns"));
    setObjectName(QStringLiteral("ImportDialog"));
    build();
    connect(&m_watcher, &QFutureWatcher<ImportResult>::finished, this, [this]() {
        // Results are tagged with the request they answer; a stale preview is dropped.
        if (m_watcher.property("request").toInt() == m_request) {
            m_readingShown->stop();
            previewRead(m_watcher.result());
        }
    });
    // A large return (a WhatsApp page of 200,000 messages) takes seconds to preview: how far.
    m_readingShown->setInterval(100);
    connect(m_readingShown, &QTimer::timeout, this, [this]() {
        if (const int percent = m_readSoFar ? int(m_readSoFar->load() * 100) : 0; percent > 0)
            m_recognition->setText(m_checking && m_checking->load() ? tr("Checking the deliveries… %1%").arg(percent)
                                   : m_filesBefore > 0 ? tr("Reading the %n file(s) dropped before this one… %1%", nullptr, m_filesBefore).arg(percent)
                                                       : tr("Reading… %1%").arg(percent));
    });
    connect(&m_surveyWatcher, &QFutureWatcher<ImportResult>::finished, this, [this]() {
        if (m_surveyWatcher.property("request").toInt() == m_surveyRequest)
            showSurvey(m_surveyWatcher.result());
    });
    connect(&m_slowSurveyWatcher, &QFutureWatcher<ImportResult>::finished, this, [this]() {
        if (m_slowSurveyWatcher.property("request").toInt() != m_surveyRequest || m_slowSurveyWatcher.result().cancelled)
            return;
        for (const FileImportResult &file : m_slowSurveyWatcher.result().files)
            noteShown(file);
        showSurvey(m_lastSurvey);
    });
    connect(&m_peekWatcher, &QFutureWatcher<TableImporter::Peek>::finished, this, [this]() {
        if (m_peekWatcher.property("request").toInt() == m_peekRequest && mappingMode())
            showPeek(m_peekWatcher.result());
    });
    refreshMapping();
    startPreview();
}

ImportDialog::~ImportDialog()
{
    m_wanted->store(-1); // the preview running stops at its next report rather than read on
    m_surveyWanted->store(-1);
    m_watcher.waitForFinished();
    m_surveyWatcher.waitForFinished();
    m_slowSurveyWatcher.waitForFinished();
    m_peekWatcher.waitForFinished();
    m_openWatcher.waitForFinished();
}

bool ImportDialog::mappingMode() const
{
    return m_format->currentData().toString() == MappingId;
}

void ImportDialog::refreshMapping()
{
    m_mappingBox->setVisible(mappingMode());
    const QString path = mappingMode() ? m_fileBox->currentData().toString() : QString();
    if (path == m_peekPath)
        return; // read, or being read, for this file already (the zone changed, say)
    m_peekPath = path;
    const int request = ++m_peekRequest; // any peek under way is for another file or mode
    m_peekRows.clear();
    m_peekPart.clear();
    if (path.isEmpty())
        return;
    m_mappingBox->setEnabled(false); // until its boxes list this file's columns
    m_peekWatcher.setProperty("request", request);
    m_peekWatcher.setFuture(QtConcurrent::run(BackgroundPool::instance(), [path]() { return TableImporter::peek(path); }));
}

void ImportDialog::showPeek(const TableImporter::Peek &peek)
{
    m_mapping->setColumns(peek.header);
    if (m_profileToShow)
        m_mapping->setProfile(*std::exchange(m_profileToShow, std::nullopt));
    m_mappingBox->setEnabled(true);
    m_peekRows = peek.rows;
    m_peekPart = peek.part;
    emit mappingColumnsReady();
    startPreview(); // the mapping may be whole now (columns kept by name, a profile loaded)
}

ReadSettings ImportDialog::shownSettings() const
{
    ReadSettings settings;
    settings.timeZone = m_zone->zoneName();
    settings.dateOrder = static_cast<DateOrder>(m_dateOrder->currentData().toInt());
    settings.format = m_format->currentData().toString();
    settings.readContinuedWorksheets = m_continued->isChecked();
    settings.subscriber = m_subscriber->text().trimmed();
    settings.timestampFormat = m_timestampFormat->currentData().toString();
    settings.numberRegion = m_numberRegion->currentData().toString();
    settings.decimalMark = static_cast<DecimalMark>(m_decimalMark->currentData().toInt());
    if (m_profileToShow) { // the file's own mapping, until its columns are read to show it by
        settings.profile = m_profileToShow;
    } else if (mappingMode()) {
        QString incomplete;
        settings.profile = mappedProfile(&incomplete);
    }
    return settings;
}

void ImportDialog::showSettings(const ReadSettings &settings)
{
    const QSignalBlocker format(m_format);
    const QSignalBlocker zone(m_zone);
    const QSignalBlocker order(m_dateOrder);
    const QSignalBlocker continued(m_continued);
    m_continued->setChecked(settings.readContinuedWorksheets);
    m_subscriber->setText(settings.subscriber);
    const QSignalBlocker timestampFormat(m_timestampFormat);
    const QSignalBlocker numberRegion(m_numberRegion);
    m_numberRegion->setCurrentIndex(qMax(0, m_numberRegion->findData(settings.numberRegion)));
    const QSignalBlocker decimalMark(m_decimalMark);
    m_decimalMark->setCurrentIndex(qMax(0, m_decimalMark->findData(int(settings.decimalMark))));
    m_timestampFormat->setCurrentIndex(qMax(0, m_timestampFormat->findData(settings.timestampFormat)));
    m_format->setCurrentIndex(qMax(0, m_format->findData(settings.format)));
    m_zone->setZoneName(settings.timeZone);
    m_dateOrder->setCurrentIndex(qMax(0, m_dateOrder->findData(int(settings.dateOrder))));
    m_profileToShow = settings.profile;
}

void ImportDialog::showFile()
{
    m_settings.insert(m_shownFile, shownSettings());
    m_shownFile = m_fileBox->currentData().toString();
    showSettings(m_settings.value(m_shownFile));
    m_peekPath.clear(); // the mapping's columns are read again, the file's own mapping shown with them
    refreshMapping();
    startPreview();
}

void ImportDialog::applyToEveryFile()
{
    const ReadSettings settings = shownSettings();
    for (const QString &file : std::as_const(m_files))
        m_settings.insert(file, settings);
    updateSettingsScope();
    startSurvey();
}

void ImportDialog::updateSettingsScope()
{
    if (!m_settingsScope)
        return;
    m_settings.insert(m_shownFile, shownSettings());
    const auto key = [](const ReadSettings &s) {
        return QStringList{
            s.format,
            s.timeZone,
            QString::number(int(s.dateOrder)),
            QString::number(s.readContinuedWorksheets),
            s.subscriber,
            s.timestampFormat,
            s.numberRegion,
            QString::number(int(s.decimalMark)),
            s.profile ? QString::fromUtf8(QJsonDocument(s.profile->toJson()).toJson()) : QString()};
    };
    const QStringList first = key(m_settings.value(m_files.first()));
    const bool same = std::all_of(m_files.cbegin(), m_files.cend(),
                                  [&](const QString &file) { return key(m_settings.value(file)) == first; });
    // Every setting above counts: the numbers' region set for one file alone is not "the same for all".
    m_settingsScope->setText(same ? tr("The settings above: the same for all %n file(s).", nullptr, int(m_files.size()))
                                  : tr("The settings above are set for each file: these are this file's."));
}

bool ImportDialog::collect(ImportParams *params, QString *error) const
{
    params->casePath = m_casePath;
    params->files = m_files;
    params->passwords = m_passwordsGiven;
    params->foundFiles = m_found;
    params->region = m_region;
    params->perFile.clear();
    for (const QString &file : m_files) {
        ReadSettings settings = file == m_shownFile ? shownSettings() : m_settings.value(file);
        if (settings.format == MappingId && !settings.profile) {
            // The shown file's mapping says what it lacks; another file's is named.
            if (file == m_shownFile)
                mappedProfile(error);
            else
                *error = tr("The column mapping of %1 is not complete: choose that file above to finish it.")
                             .arg(PlaceName::shortName(file));
            return false;
        }
        if (settings.profile)
            settings.format = QStringLiteral("auto");
        params->perFile.insert(file, settings);
    }
    return true;
}

void ImportDialog::startPreview()
{
    ImportParams params;
    QString error;
    const int request = ++m_request;
    m_wanted->store(request); // an earlier preview still reading stops at its next report
    m_readingShown->stop();
    updateSettingsScope();
    m_errors->clear();
    allowImport(); // until the files are read as now set
    if (!collect(&params, &error)) {
        m_previewModel->clear();
        m_previewModel->setHorizontalHeaderLabels(ImportPreviewRows::headers());
        showRowsAsWritten(mappingMode() ? m_peekRows : QList<TableRow>(), m_peekPart);
        m_previewView->resizeColumnsToContents();
        m_errors->addItems(m_leftOut);
        m_recognition->setText(error);
        // Not to be clicked for nothing: what is missing is said above, and in the button's tooltip.
        allowImport(error);
        return;
    }
    params.files = {m_fileBox->currentData().toString()};
    m_filesBefore = 0;
    m_recognition->setText(tr("Reading…"));
    runPreview(params, request);
}

void ImportDialog::runPreview(ImportParams params, int request)
{
    params.dryRun = true;
    params.allowDuplicate = false;
    params.previewRows = PreviewRows;
    params.stopAfterRows = PreviewRows;
    m_watcher.setProperty("request", request);
    m_readSoFar = std::make_shared<std::atomic<double>>(0);
    m_checking = std::make_shared<std::atomic_bool>(false);
    m_readingShown->start();
    m_watcher.setFuture(QtConcurrent::run(BackgroundPool::instance(), [params, request, wanted = m_wanted, read = m_readSoFar,
                                                                       checking = m_checking]() {
        return ImportJob::run(params, [request, wanted, read, checking](const ImportProgress &progress) {
            read->store((progress.fileIndex + progress.fileFraction) / qMax(1, progress.fileCount));
            checking->store(progress.stage == ImportProgress::Stage::Checking);
            return wanted->load() == request;
        });
    }));
}

void ImportDialog::previewRead(const ImportResult &result)
{
    // The file shown first, alone: quick. Dropped after other files, its rows may repeat
    // records of theirs, which the import stores first: those files are then read whole, and
    // the file's first rows again after them, to show what each row becomes.
    showPreview(result);
    const int before = int(m_files.indexOf(m_fileBox->currentData().toString()));
    ImportParams params;
    QString error;
    if (m_filesBefore > 0 || before <= 0 || !result.files.value(0).ok || !collect(&params, &error)) {
        emit previewReady();
        startSurvey();
        return;
    }
    params.files = m_files.mid(0, before + 1);
    params.readWholeBefore = before;
    m_filesBefore = before;
    runPreview(params, m_request);
}

void ImportDialog::showPreview(const ImportResult &read)
{
    // A comparison with the files dropped before it: the file shown is the last read.
    ImportResult result = read;
    const QList<FileImportResult> before = read.files.mid(0, qMax<qsizetype>(read.files.size() - 1, 0));
    result.files = read.files.mid(before.size());
    m_preview = result;
    if (!result.files.isEmpty() && !result.cancelled)
        noteShown(result.files.constLast());
    // One file: its preview says whether an import could read it. Several: the survey does.
    if (m_files.size() == 1 && !result.files.isEmpty() && !result.cancelled && !result.files.constLast().ok)
        allowImport(tr("This file cannot be imported as set: see the problems below."));
    m_previewModel->clear();
    m_errors->clear();
    m_previewModel->setHorizontalHeaderLabels(ImportPreviewRows::headers());
    const FileImportResult file = result.files.value(0);
    for (qsizetype i = 0; i < file.preview.size(); ++i)
        m_previewModel->appendRow(ImportPreviewRows::eventRow(file, i));
    showRowsAsWritten(file.rowsAsWritten, file.part);
    m_previewCaption->setText(ImportPreviewRows::caption(file));
    showContinuedChoice(file);
    showSubscriberChoice(file);
    showTimestampFormatChoice(file);
    showDecimalMarkChoice(file);
    showPasswordChoice(file);
    m_previewView->resizeColumnsToContents();
    m_errors->addItems(ImportPreviewRows::problems(result));
    m_errors->addItems(m_leftOut);
    if (!file.leftOut.isEmpty())
        m_recognition->setText(file.leftOut);
    else
        m_recognition->setText(file.ok ? ImportPreviewRows::summary(file) + ImportPreviewRows::filesBeforeText(before)
                                       : tr("This file cannot be imported as set: see the problems below."));
}

void ImportDialog::showContinuedChoice(const FileImportResult &file)
{
    m_settingsForm->setRowVisible(m_continued, m_continued->isChecked() || !file.continuableWorksheets.isEmpty());
}

void ImportDialog::showTimestampFormatChoice(const FileImportResult &file)
{
    const bool chosen = m_timestampFormat->currentIndex() > 0;
    m_settingsForm->setRowVisible(m_timestampFormat, chosen || !file.timestampFormatItMayBe.isEmpty());
}

void ImportDialog::showSubscriberChoice(const FileImportResult &file)
{
    m_settingsForm->setRowVisible(m_subscriber, !m_subscriber->text().trimmed().isEmpty() || file.needsSubscriber);
}

void ImportDialog::showDecimalMarkChoice(const FileImportResult &file)
{
    const bool chosen = m_decimalMark->currentIndex() > 0;
    m_settingsForm->setRowVisible(m_decimalMark,
                                  chosen || file.needsDecimalMark || !file.decimalMark.isEmpty());
}

void ImportDialog::setSettings(const QHash<QString, ReadSettings> &settings)
{
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        ReadSettings own = it.value();
        if (own.profile)
            own.format = MappingId; // params() gives a profile's file the format "auto"
        m_settings.insert(it.key(), own);
    }
    showSettings(m_settings.value(m_shownFile));
    m_peekPath.clear();
    refreshMapping();
    startPreview();
}

void ImportDialog::setNotice(const QString &notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void ImportDialog::setFound(const QSet<QString> &found)
{
    m_found = found;
    startPreview();
}

void ImportDialog::setLeftOut(const QStringList &leftOut)
{
    m_leftOut = leftOut;
    m_errors->addItems(leftOut); // until the preview under way shows them with its own
}

void ImportDialog::showRowsAsWritten(const QList<TableRow> &rows, const QString &sheet)
{
    m_previewCaption->setText(ImportPreviewRows::caption(!rows.isEmpty()));
    for (const TableRow &written : rows)
        m_previewModel->appendRow(ImportPreviewRows::writtenRow(written, sheet, m_previewModel->columnCount()));
    // Lines as written alone (nothing read as an event yet, as when the columns are to be mapped):
    // the columns of what a row becomes stand empty, and took the width the lines need.
    const bool writtenOnly = !rows.isEmpty() && rows.size() == m_previewModel->rowCount();
    for (int column = 1; column < m_previewModel->columnCount() - 1; ++column)
        m_previewView->setColumnHidden(column, writtenOnly);
}

void ImportDialog::loadProfile()
{
    const QString path = FileDialogs::openFileName(
        this, tr("Load mapping profile"), FileDialogs::Folder::Profiles, tr("Profiles (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    const auto profile = TableFormat::loadProfile(path, &error);
    if (!profile) {
        m_recognition->setText(error);
        return;
    }
    if (profile->zone)
        m_zone->setZoneName(TimeFormat::zoneLabel(*profile->zone));
    m_dateOrder->setCurrentIndex(qMax(0, m_dateOrder->findData(int(profile->dateOrder))));
    m_numberRegion->setCurrentIndex(qMax(0, m_numberRegion->findData(profile->numberRegion)));
    m_decimalMark->setCurrentIndex(qMax(0, m_decimalMark->findData(int(profile->decimalMark))));
    m_mapping->setProfile(*profile);
}

std::optional<TableFormat> ImportDialog::mappedProfile(QString *error) const
{
    auto profile = m_mapping->profile(m_zone->zone(), static_cast<DateOrder>(m_dateOrder->currentData().toInt()), error);
    if (profile) { // the rows above the mapping say them, and a profile saved keeps them
        profile->numberRegion = m_numberRegion->currentData().toString();
        profile->decimalMark = static_cast<DecimalMark>(m_decimalMark->currentData().toInt());
    }
    return profile;
}

void ImportDialog::saveProfile()
{
    QString error;
    const auto profile = mappedProfile(&error);
    if (!profile) {
        m_recognition->setText(error);
        return;
    }
    const QString path =
        FileDialogs::saveFileName(this, tr("Save mapping profile"), FileDialogs::Folder::Profiles,
                                  QString(), tr("Profiles (*.json)"), m_files);
    if (!path.isEmpty() && !profile->saveProfile(path, &error))
        m_recognition->setText(error);
}

void ImportDialog::allowImport(const QString &whyNot)
{
    m_importButton->setEnabled(whyNot.isEmpty());
    m_importButton->setToolTip(PlainToolTip::of(whyNot));
}

bool ImportDialog::acceptIfValid()
{
    QString error;
    if (!collect(&m_params, &error)) {
        m_recognition->setText(error);
        return false;
    }
    accept();
    return true;
}
