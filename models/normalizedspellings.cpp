#include "normalizedspellings.h"

NormalizedSpellings::Numbered NormalizedSpellings::normalize(const HandleNormalizer &normalizer, const QString &raw)
{
    {
        const QMutexLocker locked(&m_mutex);
        if (m_region.isEmpty())
            m_region = normalizer.region();
        if (m_region != normalizer.region()) // read another way: not this job's spellings
            return {normalizer.normalize(raw), -1};
        if (const auto known = m_handles.constFind(raw); known != m_handles.cend())
            return *known;
    }
    const NormalizedHandle handle = normalizer.normalize(raw); // unlocked: the costly part
    const QMutexLocker locked(&m_mutex);
    if (const auto known = m_handles.constFind(raw); known != m_handles.cend())
        return *known; // read meanwhile by another file's reader: one number for it
    if (m_handles.size() >= MostKept)
        return {handle, -1};
    const Numbered numbered{handle, int(m_handles.size())};
    m_handles.insert(raw, numbered);
    return numbered;
}
