#include "core/cli/CliCommands.h"

#include "core/store/StoreCheck.h"

#include <map>

namespace redress::core::cli {

int runCheck(const Database& db, QTextStream& out, QTextStream& err)
{
    auto findings = StoreCheck(db).run();
    if (!findings)
        return reportError(err, findings.error());
    std::map<QString, int> problems;
    for (const auto& f : *findings)
        ++problems[f.check];
    for (const QString& name : StoreCheck::names()) {
        const int n = problems.count(name) ? problems[name] : 0;
        out << name << ": " << (n == 0 ? QStringLiteral("ok") : QStringLiteral("failed (%1)").arg(n)) << '\n';
    }
    if (findings->isEmpty())
        return Ok;
    for (const auto& f : *findings)
        err << "redress-cli: check " << f.check << ": " << f.problem << '\n';
    err.flush();
    return RuntimeError;
}

} // namespace redress::core::cli
