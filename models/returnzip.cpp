#include "returnzip.h"

#include <quazip.h>

ReturnZip::ReturnZip(const QString &path) : m_path(path), m_zip(std::make_unique<QuaZip>(path))
{
}

ReturnZip::~ReturnZip() = default;

bool ReturnZip::goTo(int number)
{
    if (m_current < 0 && !m_zip->open(QuaZip::mdUnzip))
        return false;
    if (m_current < 0 || number < m_current) {
        if (!m_zip->goToFirstFile())
            return false;
        m_current = 0;
    }
    for (; m_current < number; ++m_current) {
        if (!m_zip->goToNextFile())
            return false;
    }
    return true;
}
