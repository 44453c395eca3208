#pragma once

#include <QStringList>
#include <QTextStream>

namespace redress::core {

/// `redress-cli`: the headless front end. Takes the whole argument list
/// (program name first) and writes results to `out`, errors to `err`.
/// Returns the exit code: 0 success, 1 a runtime error, 2 a usage error,
/// 3 when `check-apology` flagged something or `import` rejected rows. A command that reads text
/// (`check-apology` without `--file`) reads the process's standard input.
int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err);

/// The same, reading standard input from `in` instead (tests, embedding);
/// a null `in` means the process's standard input.
int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err, QTextStream* in);

} // namespace redress::core
