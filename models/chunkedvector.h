#pragma once

#include <cstddef>
#include <memory>
#include <vector>

/// @brief A vector grown in fixed chunks that never move: no copying as it grows (nor twice
/// its size held while it does), and an element found by a shift and a mask, its chunk table
/// small enough to stay in the processor's cache (std::deque's blocks of 512 bytes made a
/// table of a million pointers for 10M records, missed on nearly every look-up).
template<typename T, int ChunkBits = 12>
class ChunkedVector final
{
public:
    size_t size() const { return m_size; }
    T &operator[](size_t i) { return m_chunks[i >> ChunkBits][i & Mask]; }
    const T &operator[](size_t i) const { return m_chunks[i >> ChunkBits][i & Mask]; }
    void push_back(const T &value)
    {
        if ((m_size & Mask) == 0 && (m_size >> ChunkBits) == m_chunks.size())
            m_chunks.push_back(std::make_unique<T[]>(size_t(1) << ChunkBits));
        (*this)[m_size++] = value;
    }
    /// @brief Grows to @p size, new elements default-made; never shrinks.
    void growTo(size_t size)
    {
        while (m_size < size)
            push_back(T{});
    }

private:
    static constexpr size_t Mask = (size_t(1) << ChunkBits) - 1;
    std::vector<std::unique_ptr<T[]>> m_chunks;
    size_t m_size = 0;
};
