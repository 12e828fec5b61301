#include "previewduplicates.h"

#include "caseschema.h"

PreviewDuplicates::PreviewDuplicates(QSqlDatabase caseDb)
{
    if (!caseDb.isValid())
        return;
    // A duplicate has the time of its original: only records inside the case's span are looked up.
    QSqlQuery span(caseDb);
    if (!span.exec(QStringLiteral("SELECT min(utc_ms), max(utc_ms) FROM events WHERE dedupe_key IS NOT NULL"))
        || !span.next() || span.value(0).isNull())
        return;
    m_storedSpan = qMakePair(span.value(0).toLongLong(), span.value(1).toLongLong());
    m_countStored.emplace(caseDb);
    m_countStored->prepare(QStringLiteral("SELECT count(*) FROM events WHERE dedupe_key = ?"));
    m_findStored.emplace(caseDb);
    m_findStored->prepare(
        QStringLiteral("SELECT e.id, e.line, %1 FROM events e JOIN sources s ON s.id = e.source_id"
                       " WHERE e.dedupe_key = ? ORDER BY e.id")
            .arg(CaseSchema::sourceNameSql(QStringLiteral("s"))));
    m_copies.setStoredCopies([this](const QString &key) { return storedCopies(key); });
    m_anythingBefore = true;
}

void PreviewDuplicates::startFile(int fileIndex, const QString &name, const QString &firstPart)
{
    if (m_fileNames.contains(m_file))
        m_filePartNames.insert(m_file, m_partNames);
    m_fileNames.insert(fileIndex, name);
    // The first file into an empty case has nothing before it to repeat, and need not count.
    if (m_anythingBefore)
        m_copies.startReturn();
    m_anythingBefore = true;
    m_file = fileIndex;
    m_part = 0;
    m_partNames = {firstPart};
    m_return = 0;
    m_callLines.clear();
    m_named.clear();
}

void PreviewDuplicates::forgetFile()
{
    const qint64 file = m_file;
    m_copies.forgetWhere([file](qint64 noted) { return noted >= 0 && (noted >> 40) == file; });
}

void PreviewDuplicates::startPart(const QString &name)
{
    m_copies.startReturn();
    m_callLines.clear();
    m_named.clear(); // each part is a source of its own: its copies are counted anew
    m_part = qMin(m_part + 1, 0xFF);
    if (m_partNames.size() <= m_part)
        m_partNames.resize(m_part + 1);
    m_partNames[m_part] = name;
}

void PreviewDuplicates::forgetPart()
{
    const qint64 part = partKey();
    m_copies.forgetWhere([part](qint64 noted) { return noted >= 0 && (noted >> 32) == part; });
    m_callLines.clear();
    m_return = 0;
}

PreviewFate PreviewDuplicates::fate(const EventRecord &event)
{
    if (event.returnInFile != m_return) {
        m_copies.startReturn(); // a return joined later in the same file: the same source
        m_return = event.returnInFile;
        m_named.clear(); // its n-th copy of a record is the case's n-th, as in the return before
    }
    if (!event.callId.isEmpty()) {
        if (const auto call = m_callLines.constFind(event.callId); call != m_callLines.cend())
            return {PreviewFate::CallLeg, *call, {}, {}};
    }
    const auto repeated = repeats(event.dedupeKey, event.utcMs, event.line);
    if (!event.callId.isEmpty()) {
        // A further leg names the line of its call when the call is in this part, else none.
        const bool here = repeated && repeated->part.isEmpty() && repeated->file.isEmpty();
        m_callLines.insert(event.callId, !repeated ? event.line : here ? repeated->line : 0);
    }
    return repeated.value_or(PreviewFate{});
}

std::optional<PreviewFate> PreviewDuplicates::repeats(const QString &dedupeKey, qint64 utcMs, int line)
{
    if (dedupeKey.isEmpty())
        return std::nullopt;
    m_utcMs = utcMs;
    // Each copy is noted as its file, part and line: a repeat names its line, the part that
    // line is in when another part's, and the file when an earlier one's.
    const qint64 part = partKey();
    if (const auto earlier = m_copies.earlierCopy(dedupeKey)) {
        if (*earlier < 0)
            return PreviewFate{PreviewFate::Duplicate, 0, {}, {}};
        const int earlierFile = int(*earlier >> 40);
        const int earlierPart = int((*earlier >> 32) & 0xFF);
        const int earlierLine = int(*earlier & 0xFFFFFFFF);
        if (earlierFile != m_file) {
            const QStringList parts = m_filePartNames.value(earlierFile);
            return PreviewFate{PreviewFate::Duplicate, earlierLine, parts.value(earlierPart), m_fileNames.value(earlierFile)};
        }
        return PreviewFate{PreviewFate::Duplicate, earlierLine, earlierPart == m_part ? QString() : m_partNames.value(earlierPart), {}};
    }
    m_copies.noteNew(dedupeKey, (part << 32) | qint64(qMax(line, 0)));
    return std::nullopt;
}

void PreviewDuplicates::nameStored(PreviewFate *fate, const QString &dedupeKey)
{
    if (fate->kind != PreviewFate::Duplicate || fate->line > 0 || !fate->file.isEmpty() ||
        !m_findStored || fate->eventId > 0)
        return;
    // As EventWriter::findDuplicate: each of the case's events is claimed by one copy.
    m_findStored->bindValue(0, dedupeKey);
    if (!m_findStored->exec())
        return;
    while (m_findStored->next()) {
        const qint64 id = m_findStored->value(0).toLongLong();
        if (m_named.contains(id))
            continue;
        m_named.insert(id);
        fate->eventId = id;
        fate->eventLine = m_findStored->value(1).toInt();
        fate->eventSource = m_findStored->value(2).toString();
        break;
    }
    m_findStored->finish();
}

size_t PreviewDuplicates::storedCopies(const QString &dedupeKey)
{
    if (m_utcMs < m_storedSpan->first || m_utcMs > m_storedSpan->second)
        return 0;
    m_countStored->bindValue(0, dedupeKey);
    return m_countStored->exec() && m_countStored->next() ? size_t(m_countStored->value(0).toLongLong()) : 0;
}
