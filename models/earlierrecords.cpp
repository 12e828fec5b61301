#include "earlierrecords.h"

#include "ipaddressflags.h"

#include <algorithm>

qint64 EarlierRecords::startSource()
{
    return m_nextSource--;
}

void EarlierRecords::describe(qint64 sourceId, const ShiftedRecords::OtherSource &source)
{
    m_sources.insert(sourceId, source);
}

void EarlierRecords::add(const EventRecord &event)
{
    static_assert(sizeof(Record) == 24);
    // As ShiftedRecords::Sample keeps a probe: the case stores an address without its port.
    Record record;
    record.utcMs = event.utcMs;
    record.source = qint32(-(m_nextSource + 1));
    record.counterpart = event.counterpart.normalized.isEmpty() ? None : idOf(event.counterpart.normalized);
    record.clientIp = event.clientIp.isEmpty() ? None : idOf(IpAddressFlags::addressOf(event.clientIp));
    record.kind = m_kinds.numberOf({idOf(event.subtype), event.deviceCount.value_or(None),
                          event.evidenceClass == EvidenceClass::Communication});
    m_byInitiator[idOf(event.initiator.normalized)].all.push_back(record);
    m_sorted = false;
}

void EarlierRecords::forgetFrom(qint64 sourceId)
{
    const qint32 from = qint32(-sourceId);
    for (auto &records : m_byInitiator) {
        std::erase_if(records.all, [from](const Record &record) { return record.source >= from; });
        records.sorted = 0; // rare (a file failed): sorted again whole
    }
    m_sources.removeIf([sourceId](const auto &source) { return source.key() <= sourceId; });
    m_nextSource = sourceId; // none after it is left
}

const ShiftedRecords::OtherSource *EarlierRecords::described(qint64 id) const
{
    const auto found = m_sources.constFind(id);
    return found == m_sources.cend() ? nullptr : &*found;
}

bool EarlierRecords::anyDescribed(
    qint64 thisSourceId, const std::function<bool(const ShiftedRecords::OtherSource &)> &keep) const
{
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it) {
        if (it.key() != thisSourceId && keep(*it))
            return true;
    }
    return false;
}

qint32 EarlierRecords::idOf(const QString &text)
{
    if (const auto known = m_ids.constFind(text); known != m_ids.cend())
        return *known;
    const auto id = qint32(m_ids.size());
    m_ids.insert(text, id);
    return id;
}

qint32 EarlierRecords::knownId(const QString &text) const
{
    return text.isEmpty() ? None : m_ids.value(text, -2); // -2: met in no record, so matching none
}

std::pair<const EarlierRecords::Record *, const EarlierRecords::Record *> EarlierRecords::span(const QString &initiator,
                                                                                                qint64 fromMs, qint64 toMs)
{
    if (!m_sorted) { // records are added in the order of their files, looked up once a file is read
        for (auto &records : m_byInitiator)
            records.sortAppended();
        m_sorted = true;
    }
    const auto records = m_byInitiator.constFind(knownId(initiator));
    if (records == m_byInitiator.cend())
        return {nullptr, nullptr};
    const auto byTime = [](const Record &record, qint64 ms) { return record.utcMs < ms; };
    const Record *end = records->all.data() + records->all.size();
    const Record *first = std::lower_bound(records->all.data(), end, fromMs, byTime);
    const Record *last = std::lower_bound(first, end, toMs + 1, byTime);
    return {first, last};
}

QList<EarlierRecords::Found> EarlierRecords::sameFields(const ShiftedRecords::Probe &probe, qint64 fromMs, qint64 toMs)
{
    const auto [first, last] = span(probe.initiator, fromMs, toMs);
    const qint32 counterpart = knownId(probe.counterpart);
    const qint32 clientIp = knownId(probe.clientIp);
    const qint32 subtype = knownId(probe.subtype);
    const qint32 deviceCount = probe.deviceCount.value_or(None);
    QList<Found> found;
    for (const Record *record = first; record != last; ++record) {
        const Kind &kind = m_kinds.valueOf(record->kind);
        if (kind.subtype == subtype && record->counterpart == counterpart && record->clientIp == clientIp
            && kind.deviceCount == deviceCount)
            found.append({-qint64(record->source), record->utcMs});
    }
    return found;
}

QList<EarlierRecords::Found> EarlierRecords::communications(const ShiftedRecords::Probe &probe, qint64 fromMs, qint64 toMs)
{
    const auto [first, last] = span(probe.initiator, fromMs, toMs);
    const qint32 counterpart = knownId(probe.counterpart);
    const qint32 subtype = knownId(probe.subtype);
    QList<Found> found;
    for (const Record *record = first; record != last; ++record) {
        const Kind &kind = m_kinds.valueOf(record->kind);
        if (kind.communication && record->counterpart == counterpart && counterpart != None && kind.subtype == subtype)
            found.append({-qint64(record->source), record->utcMs});
    }
    return found;
}
