#include "normalizedspellings.h"

NormalizedHandle NormalizedSpellings::normalize(const HandleNormalizer &normalizer, const QString &raw)
{
    {
        const QMutexLocker locked(&m_mutex);
        if (m_region.isEmpty())
            m_region = normalizer.region();
        if (m_region != normalizer.region()) // read another way: not this job's spellings
            return normalizer.normalize(raw);
        if (const auto known = m_handles.constFind(raw); known != m_handles.cend())
            return *known;
    }
    const NormalizedHandle handle = normalizer.normalize(raw); // unlocked: the costly part
    const QMutexLocker locked(&m_mutex);
    if (m_handles.size() < MostKept)
        m_handles.insert(raw, handle);
    return handle;
}
