// ImportDialog's list of files: each named so that files named alike are told apart, the scope
// of the settings shown, and a ZIP encrypted with a password opened with it (its tables then
// listed in its place), with the other passwords given (a workbook in it may have its own).
#include "importdialog.h"

#include "backgroundpool.h"
#include "entrylineedit.h"
#include "placename.h"
#include "wrappedlabel.h"
#include "zippedtables.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QtConcurrent>

void ImportDialog::fillFileBox()
{
    // Files named alike (records.html of two deliveries, from a folder) are told apart by path.
    const QSignalBlocker quiet(m_fileBox);
    m_fileBox->clear();
    QStringList names;
    for (const QString &file : std::as_const(m_files))
        names.append(PlaceName::shortName(file));
    const bool alike = QSet<QString>(names.cbegin(), names.cend()).size() < names.size();
    for (qsizetype i = 0; i < m_files.size(); ++i)
        m_fileBox->addItem(alike ? QDir::toNativeSeparators(m_files.at(i)) : names.at(i), m_files.at(i));
}

void ImportDialog::buildFileRows(QFormLayout *form)
{
    m_scopeRow = new QWidget(this);
    auto *scope = new QHBoxLayout(m_scopeRow);
    scope->setContentsMargins(0, 0, 0, 0);
    m_settingsScope = new QLabel(m_scopeRow);
    m_settingsScope->setTextFormat(Qt::PlainText); // it names files as written
    m_settingsScope->setObjectName(QStringLiteral("settingsScope"));
    auto *applyAll = new QPushButton(tr("Use these settings for every file"), m_scopeRow);
    applyAll->setObjectName(QStringLiteral("applyToEveryFile"));
    connect(applyAll, &QPushButton::clicked, this, &ImportDialog::applyToEveryFile);
    scope->addWidget(m_settingsScope, 1);
    scope->addWidget(applyAll);
    form->addRow(QString(), m_scopeRow);
    form->setRowVisible(m_scopeRow, m_files.size() > 1);
    m_readiness = new WrappedLabel(this);
    m_readiness->setTextFormat(Qt::PlainText);
    m_readiness->setObjectName(QStringLiteral("readiness"));
    m_readiness->setAlignment(Qt::AlignLeft | Qt::AlignTop); // under the scope, whatever height the form gives it
    form->addRow(QString(), m_readiness);
    form->setRowVisible(m_readiness, m_files.size() > 1);

    auto *passwordRow = new QWidget(this);
    auto *row = new QHBoxLayout(passwordRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_password = new EntryLineEdit(passwordRow);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *open = new QPushButton(tr("Open"), passwordRow);
    open->setObjectName(QStringLiteral("openWithPassword"));
    m_passwordNote = new QLabel(passwordRow);
    m_passwordNote->setTextFormat(Qt::PlainText);
    m_passwordNote->setObjectName(QStringLiteral("passwordNote"));
    m_passwordNote->setWordWrap(true); // beside the field, not pushing it narrow (German is longer)
    m_forgetPasswords = new QPushButton(tr("Forget them"), passwordRow);
    m_forgetPasswords->setObjectName(QStringLiteral("forgetPasswords"));
    m_forgetPasswords->setToolTip(tr("Forget the passwords given for this import (one mistyped, say), and read the "
                                     "files again without them."));
    row->addWidget(m_password, 1);
    row->addWidget(open);
    row->addWidget(m_passwordNote, 1);
    row->addWidget(m_forgetPasswords);
    showPasswordsGiven();
    form->addRow(tr("Password:"), passwordRow);
    form->setRowVisible(passwordRow, false);
    const auto give = [this]() {
        if (!m_password->text().isEmpty())
            openWithPassword(m_password->text());
    };
    connect(m_password, &QLineEdit::returnPressed, this, give);
    connect(open, &QPushButton::clicked, this, give);
    connect(m_forgetPasswords, &QPushButton::clicked, this, [this]() {
        m_passwordsGiven.clear();
        showPasswordsGiven();
        startPreview();
    });
    connect(&m_openWatcher, &QFutureWatcher<ImportFiles::Expanded>::finished, this, [this]() {
        showOpened(m_openWatcher.property("zip").toString(), m_openWatcher.result());
    });
}

void ImportDialog::setPasswords(const QStringList &passwords)
{
    m_passwordsGiven = passwords;
    showPasswordsGiven();
    startPreview();
}

void ImportDialog::showPasswordChoice(const FileImportResult &file)
{
    m_settingsForm->setRowVisible(m_password->parentWidget(), file.needsPassword || !m_passwordsGiven.isEmpty());
}

void ImportDialog::showPasswordsGiven()
{
    const int given = int(m_passwordsGiven.size());
    m_passwordNote->setText(given == 0 ? tr("Used to read the encrypted files of this import; not kept in the case or "
                                            "anywhere else.")
                                       : tr("%n password(s) given, each tried on every encrypted file of this import; "
                                            "not kept in the case or anywhere else.",
                                            nullptr, given));
    m_password->setPlaceholderText(given == 0 ? tr("the password the return was sent with")
                                              : tr("another password, if a file needs its own"));
    m_forgetPasswords->setVisible(given > 0);
}

void ImportDialog::openWithPassword(const QString &password)
{
    // Each password typed is kept for the import, not put in place of the last: a ZIP opened with
    // one may hold a workbook or PDF encrypted with another.
    if (!m_passwordsGiven.contains(password))
        m_passwordsGiven.append(password);
    m_password->clear();
    showPasswordsGiven();
    // A ZIP named lists its tables with the passwords; a workbook, or a table of a ZIP listed
    // already, is read again with them.
    const bool zipNamed = !ZippedTables::placeOf(m_shownFile) && m_shownFile.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive);
    if (!zipNamed) {
        startPreview();
        return;
    }
    const QString zip = m_shownFile;
    m_recognition->setText(tr("Reading what the ZIP holds…"));
    m_openWatcher.setProperty("zip", zip);
    m_openWatcher.setFuture(QtConcurrent::run(BackgroundPool::instance(), [zip, passwords = m_passwordsGiven]() {
        return ImportFiles::expand({zip}, passwords);
    }));
}

void ImportDialog::showOpened(const QString &zip, const ImportFiles::Expanded &expanded)
{
    const qsizetype at = m_files.indexOf(zip);
    if (at < 0 || expanded.files == QStringList{zip}) { // still refused: the preview says why
        startPreview();
        return;
    }
    // Its tables take its place, each with the settings chosen for it.
    m_settings.insert(m_shownFile, shownSettings());
    const ReadSettings settings = m_settings.take(zip);
    m_files.remove(at);
    for (qsizetype i = 0; i < expanded.files.size(); ++i) {
        m_files.insert(at + i, expanded.files.at(i));
        m_settings.insert(expanded.files.at(i), settings);
    }
    m_found += expanded.found;
    m_leftOut += expanded.leftOut;
    fillFileBox();
    m_settingsForm->setRowVisible(m_scopeRow, m_files.size() > 1);
    m_shownFile = m_files.at(at);
    m_fileBox->setCurrentIndex(int(at));
    startPreview();
}
