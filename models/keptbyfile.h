#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

/// @brief A file as it is now: its absolute path, size and time of change, with @p also (what else
/// a reading of it depended on, such as the passwords given); another key once it changes.
QString fileStateKey(const QString &path, const QString &also = {});

/// @brief What was read of a file (an archive's listing), kept under its fileStateKey() while the
/// file is unchanged. Archives are listed when the files are expanded, again when each table is
/// imported and to say how they ended; a compressed archive, or a ZIP holding ZIPs, is read whole
/// to list it. Safe from any thread.
template<typename T>
class KeptByFile
{
public:
    std::optional<T> find(const QString &key) const
    {
        const QMutexLocker locked(&m_mutex);
        if (const auto known = m_kept.constFind(key); known != m_kept.cend())
            return *known;
        return std::nullopt;
    }
    void insert(const QString &key, const T &value)
    {
        const QMutexLocker locked(&m_mutex);
        if (m_kept.size() >= 32) // a session imports few archives; none is kept for long
            m_kept.clear();
        m_kept.insert(key, value);
    }

private:
    mutable QMutex m_mutex;
    QHash<QString, T> m_kept;
};
