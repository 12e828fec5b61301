// ImportDialog's survey of the files of an import: after each preview, every file is read by its
// first rows as set (off the GUI thread), and the list says which are ready and which wait for a
// choice, so that the analyst need not show each file to learn it. A WhatsApp return or a ZIP
// (checked whole before its first record) and a PDF (laid out whole) are read after the others,
// so that the quick files' states are not kept waiting for them.
#include "importdialog.h"

#include "backgroundpool.h"
#include "namedfew.h"
#include "placename.h"
#include "plaintooltip.h"
#include "timestampparser.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QStyle>
#include <QtConcurrent>

namespace {

constexpr int SurveyRows = 20;

bool readWhenShownOnly(const QString &path)
{
    return !path.contains(PlaceName::Separator)
           && (path.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive) || path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive));
}

} // namespace

void ImportDialog::startSurvey()
{
    if (m_files.size() < 2)
        return;
    ImportParams params;
    QString error;
    const int request = ++m_surveyRequest;
    m_surveyWanted->store(request); // a survey still reading stops at its next report
    if (!collect(&params, &error)) { // a mapping not complete: the preview says so
        m_readiness->clear();
        return;
    }
    params.files.clear();
    for (const QString &file : std::as_const(m_files)) {
        if (!readWhenShownOnly(file))
            params.files.append(file);
    }
    runSurvey(m_surveyWatcher, params, request);
}

void ImportDialog::runSurvey(QFutureWatcher<ImportResult> &watcher, ImportParams params, int request)
{
    // Each file by its first rows as set, nothing written; stopped by the next request.
    params.dryRun = true;
    params.previewRows = 1;
    params.stopAfterRows = SurveyRows;
    watcher.setProperty("request", request);
    watcher.setFuture(QtConcurrent::run(BackgroundPool::instance(), [params, request, wanted = m_surveyWanted]() {
        return ImportJob::run(params, [request, wanted](const ImportProgress &) { return wanted->load() == request; });
    }));
}

QString ImportDialog::waitsFor(const FileImportResult &file)
{
    // Every row read refused: as set, the file imports no record. Where its times look like a
    // count, the choice that reads them is named.
    if (file.ok && file.accepted == 0 && file.duplicate == 0 && file.rejected > 0) {
        return file.timestampFormatItMayBe.isEmpty()
                   ? tr("every row read so far is rejected: see its problems")
                   : tr("waits for how its times are written: %1?").arg(TimestampParser::formatWords(file.timestampFormatItMayBe));
    }
    if (file.ok)
        return {};
    if (file.alreadyImported)
        return tr("the case holds it already");
    QStringList choices;
    if (file.needsTimeZone)
        choices.append(tr("its zone"));
    if (file.needsDateOrder)
        choices.append(tr("day or month first"));
    if (file.needsDecimalMark)
        choices.append(tr("its decimal mark"));
    if (file.needsFormat)
        choices.append(tr("its format"));
    if (file.needsMapping)
        choices.append(tr("a column mapping"));
    if (file.needsSubscriber)
        choices.append(tr("its subscriber"));
    if (file.needsPassword)
        choices.append(tr("its password"));
    return choices.isEmpty() ? tr("cannot be imported as set") : tr("waits for %1").arg(choices.join(tr(" and ")));
}

void ImportDialog::noteShown(const FileImportResult &file)
{
    m_shownWaitsFor.insert(file.path, waitsFor(file));
    if (file.ok)
        m_shownImportable.insert(file.path);
    else
        m_shownImportable.remove(file.path);
    if (!file.leftOut.isEmpty())
        m_shownLeftOut.insert(file.path, file.leftOut);
    else
        m_shownLeftOut.remove(file.path);
}

/// The list's files by state, for the line above the settings.
struct SurveyTally
{
    QIcon blank; // a file not read yet keeps its name in line with the others
    int ready = 0;
    int importable = 0; // ready, or with every row read so far rejected: an import reads on
    QList<std::pair<QString, QStringList>> waiting; // by what they wait for, in the list's order
    QHash<QString, qsizetype> groupOf;              // each reason's place in waiting
    QStringList unread;
    QStringList leftOut;

    void addWaiting(const QString &why, const QString &name)
    {
        const qsizetype group = groupOf.value(why, waiting.size());
        if (group == waiting.size()) {
            groupOf.insert(why, group);
            waiting.append({why, {}});
        }
        waiting[group].second.append(name);
    }

    QString text(int files) const
    {
        QString text = ImportDialog::tr("Ready to import as set: %1 of %n file(s).", nullptr, files)
                           .arg(ready);
        if (!waiting.isEmpty())
            text += u' ' + ImportDialog::tr("Not yet: %1.").arg(waitingWords());
        if (!unread.isEmpty())
            text += u' ' + ImportDialog::tr("Still being read: %1.").arg(NamedFew::of(unread));
        if (!leftOut.isEmpty())
            text += u' ' + ImportDialog::tr("Left out once read, holding no table: %1.")
                               .arg(NamedFew::of(leftOut));
        return text;
    }

    QString waitingWords() const
    {
        // One entry a reason: a folder of thousands waiting for one choice is one line, not
        // thousands.
        QStringList words;
        for (const auto &[why, names] : waiting) {
            words.append((names.size() == 1 ? ImportDialog::tr("%1 (%2)")
                                            : ImportDialog::tr("%1 (each: %2)"))
                             .arg(NamedFew::of(names), why));
        }
        return words.join(QStringLiteral("; "));
    }
};

void ImportDialog::showSurvey(const ImportResult &result)
{
    if (result.cancelled)
        return;
    const int iconSize = m_fileBox->style()->pixelMetric(QStyle::PM_SmallIconSize);
    QPixmap blank(iconSize, iconSize);
    blank.fill(Qt::transparent);
    SurveyTally tally;
    tally.blank = QIcon(blank);
    QHash<QString, const FileImportResult *> read;
    for (const FileImportResult &file : result.files)
        read.insert(file.path, &file);
    for (int i = 0; i < m_fileBox->count(); ++i)
        markSurveyed(i, read.value(m_fileBox->itemData(i).toString()), tally);
    m_readiness->setText(tally.text(m_fileBox->count()));
    if (tally.importable == 0 && tally.unread.isEmpty())
        allowImport(tr("None of the files can be imported as set: see the list above."));
    m_lastSurvey = result;
    emit surveyReady();
    surveyReadWhenShown(m_surveyRequest);
}

void ImportDialog::markSurveyed(int entry, const FileImportResult *read, SurveyTally &tally)
{
    const QString path = m_fileBox->itemData(entry).toString();
    const QString name = tr("“%1”").arg(PlaceName::shortName(path));
    const auto shown = m_shownWaitsFor.constFind(path); // a return read when shown, once shown
    if (!read && shown == m_shownWaitsFor.cend()) {
        m_fileBox->setItemIcon(entry, tally.blank);
        m_fileBox->setItemData(entry, tr("Still being read"), Qt::ToolTipRole);
        tally.unread.append(name);
        return;
    }
    const QStyle *style = m_fileBox->style();
    // Found in a folder or archive, and no table once read (a manifest): neither ready nor
    // waiting, and an information sign, not the tick.
    if (const QString out = read ? read->leftOut : m_shownLeftOut.value(path); !out.isEmpty()) {
        m_fileBox->setItemIcon(entry, style->standardIcon(QStyle::SP_MessageBoxInformation));
        m_fileBox->setItemData(entry, PlainToolTip::of(out), Qt::ToolTipRole);
        tally.leftOut.append(name);
        return;
    }
    const QString why = read ? waitsFor(*read) : *shown;
    if (read ? read->ok : m_shownImportable.contains(path))
        ++tally.importable;
    // A shape, not a colour: the style's tick for a file ready, its warning sign for one waiting.
    m_fileBox->setItemIcon(entry,
                           style->standardIcon(why.isEmpty() ? QStyle::SP_DialogApplyButton
                                                             : QStyle::SP_MessageBoxWarning));
    m_fileBox->setItemData(entry,
                           PlainToolTip::of(why.isEmpty() ? tr("Ready to import as set") : why),
                           Qt::ToolTipRole);
    if (why.isEmpty())
        ++tally.ready;
    else
        tally.addWaiting(why, name);
}

void ImportDialog::surveyReadWhenShown(int request)
{
    if (m_slowSurveyRequest == request)
        return; // read already for these settings: showSurvey() was called again with them
    m_slowSurveyRequest = request;
    ImportParams params;
    QString error;
    if (!collect(&params, &error))
        return;
    params.files.clear();
    for (const QString &file : std::as_const(m_files)) {
        if (readWhenShownOnly(file) && file != m_shownFile) // the one shown is its preview's
            params.files.append(file);
    }
    if (!params.files.isEmpty())
        runSurvey(m_slowSurveyWatcher, params, request);
}
