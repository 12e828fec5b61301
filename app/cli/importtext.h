#pragma once

#include "importjob.h"

/// @brief `import` without `--json`: what an import (or a dry run) did with each file, in words
/// on the terminal (figures and notes on standard output, problems on standard error).
namespace ImportText {
void printFileResult(const FileImportResult &file, bool dryRun);
} // namespace ImportText
