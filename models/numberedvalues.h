#pragma once

#include <QHash>
#include <QtGlobal>

#include <vector>

/// @brief Values each given a number the first time they are met, found again by it: records
/// that repeat a few values (subtypes, addresses, kinds) many times keep a 4-byte number.
template<typename T>
class NumberedValues final
{
public:
    qint32 numberOf(const T &value)
    {
        if (const auto known = m_numbers.constFind(value); known != m_numbers.cend())
            return *known;
        const auto number = qint32(m_values.size());
        m_values.push_back(value);
        m_numbers.insert(value, number);
        return number;
    }
    const T &valueOf(qint32 number) const { return m_values[size_t(number)]; }

private:
    std::vector<T> m_values; ///< each once, by its number
    QHash<T, qint32> m_numbers;
};
