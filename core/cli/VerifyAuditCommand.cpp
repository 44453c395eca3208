#include "core/cli/CliCommands.h"

#include "core/cases/Case.h"
#include "core/store/AuditChain.h"

namespace redress::core::cli {

int runVerifyAudit(const Database& db, QTextStream& out, QTextStream& err)
{
    auto report = AuditChain::verify(db.connection());
    if (!report)
        return reportError(err, report.error());
    if (report->broken) {
        const AuditChain::Break& b = *report->broken;
        out << "audit log broken at event " << b.eventId << " (case " << referenceFor(b.caseId)
            << "): " << AuditChain::describe(b.problem) << '\n';
        out.flush();
        return RuntimeError;
    }
    out << "audit log intact: " << report->checked << " entries checked\n"
        << "head: " << (report->headHash.isEmpty() ? QStringLiteral("-") : report->headHash) << '\n';
    out.flush();
    return Ok;
}

} // namespace redress::core::cli
