#pragma once

#include "core/cli/Cli.h"

#include <QIODevice>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <string>

namespace redress::test {

/// What one redress-cli run printed, and its exit code.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

/// Runs redress-cli in process (the program name is added); `input`, when
/// given, is its standard input.
inline CliRun cli(const QStringList& arguments, QString input = {})
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    QTextStream in(&input, QIODevice::ReadOnly);
    run.code = core::runCli(QStringList{QStringLiteral("redress-cli")} + arguments, out, err, &in);
    out.flush();
    err.flush();
    return run;
}

/// A run as a test failure shows it.
inline std::string show(const CliRun& r)
{
    return "exit " + std::to_string(r.code) + "\n--- out\n" + r.out.toStdString() + "--- err\n" +
           r.err.toStdString();
}

} // namespace redress::test
