#include "core/cli/CliCommands.h"

#include "core/cases/Case.h"
#include "core/store/AuditChain.h"

#include <QCoreApplication>

namespace redress::core::cli {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::cli::VerifyAudit)
};

} // namespace

std::optional<QString> checkVerifyAuditOptions(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("anchor")) &&
        !AuditChain::Anchor::parse(parser.value(QStringLiteral("anchor"))))
        return Tr::tr("verify-audit --anchor needs ID:HASH, an event id and its 64-digit hex hash as "
                      "'head:' printed them.");
    return std::nullopt;
}

int runVerifyAudit(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    std::optional<AuditChain::Anchor> anchor;
    if (parser.isSet(QStringLiteral("anchor")))
        anchor = AuditChain::Anchor::parse(parser.value(QStringLiteral("anchor")));
    auto report = AuditChain::verify(db.connection(), {}, nullptr, anchor);
    if (!report)
        return reportError(err, report.error());
    if (report->broken) {
        const AuditChain::Break& b = *report->broken;
        if (b.problem == AuditChain::Problem::AnchorMissing)
            out << "audit log broken at anchor " << anchor->toString() << ": "
                << AuditChain::describe(b.problem) << '\n';
        else
            out << "audit log broken at event " << b.eventId << " (case " << referenceFor(b.caseId)
                << "): " << AuditChain::describe(b.problem) << '\n';
        out.flush();
        return RuntimeError;
    }
    out << "audit log intact: " << report->checked << " entries checked\n";
    if (report->headHash.isEmpty())
        out << "head: -\n";
    else
        out << "head: " << report->headId << ' ' << report->headHash << '\n';
    out.flush();
    return Ok;
}

} // namespace redress::core::cli
