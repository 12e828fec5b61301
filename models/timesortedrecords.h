#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

/// @brief Records kept in time order (by their @c utcMs) as batches are appended: only what was
/// appended since the last sort is sorted, then merged in where it overlaps the rest. Sorting
/// every record again after each file made a dry run of a return in 100 files sort the records of
/// all the files before each. Stable: records of one time stay in the order they were appended.
template<typename Record>
struct TimeSortedRecords
{
    std::vector<Record> all;
    size_t sorted = 0; ///< the first this many are in time order

    void sortAppended()
    {
        const auto byTime = [](const Record &a, const Record &b) { return a.utcMs < b.utcMs; };
        const auto tail = all.begin() + std::ptrdiff_t(sorted);
        std::stable_sort(tail, all.end(), byTime);
        if (sorted > 0 && tail != all.end() && byTime(*tail, *(tail - 1)))
            std::inplace_merge(all.begin(), tail, all.end(), byTime);
        sorted = all.size();
    }
};
