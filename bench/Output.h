#pragma once

#include <QString>

namespace redress::bench {

/// A line of progress or trouble, on standard error.
void say(const QString& line);

/// A part's report: printed on standard output, and written to `path` when
/// one is given. False, with the reason said, when the file cannot be
/// written.
bool publish(const QString& markdown, const QString& path);

} // namespace redress::bench
