// ImportDialog's survey of the files of an import: after each preview, every file is read by its
// first rows as set (off the GUI thread), and the list says which are ready and which wait for a
// choice, so that the analyst need not show each file to learn it. A WhatsApp return or a ZIP
// (checked whole before its first record) and a PDF (laid out whole) are read after the others,
// so that the quick files' states are not kept waiting for them.
#include "importdialog.h"

#include "backgroundpool.h"
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
constexpr int NamesShown =
    3; // of each list of the files' states: a folder of thousands stays one line

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

QString ImportDialog::someOf(const QStringList &names)
{
    if (names.size() <= NamesShown)
        return names.join(QStringLiteral(", "));
    return tr("%1 and %n more", nullptr, int(names.size() - NamesShown))
        .arg(names.first(NamesShown).join(QStringLiteral(", ")));
}

QString ImportDialog::waitingWords(const QList<std::pair<QString, QStringList>> &waiting)
{
    // One entry a reason: a folder of thousands waiting for one choice is one line, not thousands.
    QStringList words;
    for (const auto &[why, names] : waiting)
        words.append(
            (names.size() == 1 ? tr("%1 (%2)") : tr("%1 (each: %2)")).arg(someOf(names), why));
    return words.join(QStringLiteral("; "));
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

void ImportDialog::showSurvey(const ImportResult &result)
{
    if (result.cancelled)
        return;
    const QStyle *style = m_fileBox->style();
    int ready = 0;
    int importable = 0; // ready, or with every row read so far rejected: an import reads on
    QList<std::pair<QString, QStringList>> waiting; // by what they wait for, in the list's order
    QHash<QString, qsizetype> groupOf;              // each reason's place in waiting
    QStringList unread;
    QStringList leftOut;
    QPixmap blank(style->pixelMetric(QStyle::PM_SmallIconSize), style->pixelMetric(QStyle::PM_SmallIconSize));
    blank.fill(Qt::transparent); // a file not read yet keeps its name in line with the others
    QHash<QString, qsizetype> readAt;
    for (qsizetype f = 0; f < result.files.size(); ++f)
        readAt.insert(result.files.at(f).path, f);
    for (int i = 0; i < m_fileBox->count(); ++i) {
        const QString path = m_fileBox->itemData(i).toString();
        const qsizetype at = readAt.value(path, -1);
        const auto read = at < 0 ? result.files.cend() : result.files.cbegin() + at;
        const auto shown = m_shownWaitsFor.constFind(path); // a return read when shown, once shown
        if (read == result.files.cend() && shown == m_shownWaitsFor.cend()) {
            m_fileBox->setItemIcon(i, QIcon(blank));
            m_fileBox->setItemData(i, tr("Still being read"), Qt::ToolTipRole);
            unread.append(tr("“%1”").arg(PlaceName::shortName(path)));
            continue;
        }
        // Found in a folder or archive, and no table once read (a manifest): neither ready nor
        // waiting, and an information sign, not the tick.
        if (const QString out = read != result.files.cend() ? read->leftOut : m_shownLeftOut.value(path);
            !out.isEmpty()) {
            m_fileBox->setItemIcon(i, style->standardIcon(QStyle::SP_MessageBoxInformation));
            m_fileBox->setItemData(i, PlainToolTip::of(out), Qt::ToolTipRole);
            leftOut.append(tr("“%1”").arg(PlaceName::shortName(path)));
            continue;
        }
        const QString why = read != result.files.cend() ? waitsFor(*read) : *shown;
        if (read != result.files.cend() ? read->ok : m_shownImportable.contains(path))
            ++importable;
        // A shape, not a colour: the style's tick for a file ready, its warning sign for one waiting.
        m_fileBox->setItemIcon(i, style->standardIcon(why.isEmpty() ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning));
        m_fileBox->setItemData(i,
                               PlainToolTip::of(why.isEmpty() ? tr("Ready to import as set") : why),
                               Qt::ToolTipRole);
        if (why.isEmpty())
            ++ready;
        else {
            const qsizetype group = groupOf.value(why, waiting.size());
            if (group == waiting.size()) {
                groupOf.insert(why, group);
                waiting.append({why, {}});
            }
            waiting[group].second.append(tr("“%1”").arg(PlaceName::shortName(path)));
        }
    }
    QString text = tr("Ready to import as set: %1 of %n file(s).", nullptr, int(m_fileBox->count())).arg(ready);
    if (!waiting.isEmpty())
        text += u' ' + tr("Not yet: %1.").arg(waitingWords(waiting));
    if (!unread.isEmpty())
        text += u' ' + tr("Still being read: %1.").arg(someOf(unread));
    if (!leftOut.isEmpty())
        text += u' ' + tr("Left out once read, holding no table: %1.").arg(someOf(leftOut));
    m_readiness->setText(text);
    if (importable == 0 && unread.isEmpty())
        allowImport(tr("None of the files can be imported as set: see the list above."));
    m_lastSurvey = result;
    emit surveyReady();
    surveyReadWhenShown(m_surveyRequest);
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
