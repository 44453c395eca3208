#pragma once

#include <QStringList>
#include <QTextStream>

namespace redress::core {

/// `redress-cli`: the headless front end. Takes the whole argument list
/// (program name first) and writes results to `out`, errors to `err`.
/// Returns the exit code: 0 success, 1 a runtime error, 2 a usage error.
int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace redress::core
