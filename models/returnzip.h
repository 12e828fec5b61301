#pragma once

#include <QString>

#include <memory>

class QuaZip;

/// @brief A return's ZIP opened once for all its pages, which are read in the order they were
/// found: reopened, and walked to from its first entry, for each page, a return of 960
/// deliveries read its directory 960 times and walked it half through each time.
class ReturnZip final
{
public:
    explicit ReturnZip(const QString &path);
    ~ReturnZip();
    const QString &path() const { return m_path; }
    /// @brief Makes the entry numbered @p number (from 0, in the directory's order) the current
    /// one, walking on from the current one where it is further on; false where there is none.
    bool goTo(int number);
    QuaZip &zip() { return *m_zip; }

private:
    QString m_path;
    std::unique_ptr<QuaZip> m_zip;
    int m_current = -1; ///< the current entry's number; -1 before the ZIP is opened
};
