#include "core/cli/CliCommands.h"

#include "core/store/Erasure.h"

#include <QCoreApplication>

namespace redress::core::cli {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::cli::VerifyAudit)
};

} // namespace

std::optional<QString> checkEraseOptions(const QCommandLineParser& parser)
{
    bool ok = false;
    const qint64 id = parser.value(QStringLiteral("id")).toLongLong(&ok);
    if (!parser.isSet(QStringLiteral("id")) || !ok || id <= 0)
        return Tr::tr("erase-customer needs --id N, the customer's id (a whole number above 0).");
    if (parser.value(QStringLiteral("as")).trimmed().isEmpty())
        return Tr::tr("erase-customer needs --as LOGIN, the administrator who erases.");
    return std::nullopt;
}

int runErase(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err,
             QTextStream* in)
{
    // Named on purpose, and proven: this desk's own account, someone else
    // with their password, or on a server the login itself.
    auto actor = actingUser(db, parser, err, in);
    if (!actor)
        return actor.error();
    auto summary = Erasure::eraseCustomer(db, parser.value(QStringLiteral("id")).toLongLong(), *actor);
    if (!summary)
        return reportError(err, summary.error());
    out << "erased: customer " << parser.value(QStringLiteral("id")).toLongLong() << '\n'
        << "cases: " << summary->cases << '\n'
        << "events: " << summary->events << '\n'
        << "log truncated: " << (summary->logTruncated ? "yes" : "no") << '\n';
    out.flush();
    return Ok;
}

} // namespace redress::core::cli
