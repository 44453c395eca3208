#include "core/cli/CliCommands.h"

#include "core/cases/CaseLink.h"
#include "core/cases/CaseTypes.h"
#include "core/store/CaseLinkRepository.h"
#include "core/store/Identity.h"

#include <QCoreApplication>

namespace redress::core::cli {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::cli::Link)
};

std::optional<qint64> reference(const QString& text)
{
    return idFromReference(text, QLatin1String("RD-"));
}

// Who links or merges: this desk's account, or on a server the login.
// Not actingUser(): link's --as names the kind of link, not a person.
std::expected<User, int> deskUser(const Database& db, QTextStream& err)
{
    auto user = Identity::resolve(db);
    if (!user)
        return std::unexpected(reportError(err, user.error()));
    return *user;
}

} // namespace

std::optional<QString> checkLinkOptions(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3 || !reference(args.at(1)) || !reference(args.at(2)))
        return Tr::tr(
            "link needs two case references: link RD-000001 RD-000002 --as duplicate|related|follow-on.");
    const QString kind = parser.value(QStringLiteral("as"));
    const auto k = linkKindFromKey(kind);
    if (!parser.isSet(QStringLiteral("as")) || !k || *k == LinkKind::SecondFailure)
        return Tr::tr("--as takes duplicate, related or follow-on, not '%1'.").arg(kind);
    return std::nullopt;
}

int runLink(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const QStringList args = parser.positionalArguments();
    const qint64 caseId = *reference(args.at(1));
    const qint64 linkedId = *reference(args.at(2));
    const LinkKind kind = *linkKindFromKey(parser.value(QStringLiteral("as")));
    auto actor = deskUser(db, err);
    if (!actor)
        return actor.error();
    if (auto ok = CaseLinkRepository(db, actor->id).link(caseId, linkedId, kind); !ok)
        return reportError(err, ok.error());
    out << "linked: " << referenceFor(caseId) << ' ' << argumentOf(kind) << ' ' << referenceFor(linkedId)
        << '\n';
    out.flush();
    return Ok;
}

std::optional<QString> checkMergeOptions(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || !reference(args.at(1)) || !reference(parser.value(QStringLiteral("into"))))
        return Tr::tr("merge needs the case to keep and the duplicate: merge --into RD-000001 RD-000002.");
    return std::nullopt;
}

int runMerge(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const qint64 survivor = *reference(parser.value(QStringLiteral("into")));
    const qint64 duplicate = *reference(parser.positionalArguments().at(1));
    auto actor = deskUser(db, err);
    if (!actor)
        return actor.error();
    CaseLinkRepository::MergeOptions options;
    options.acrossCustomers = parser.isSet(QStringLiteral("across-customers"));
    auto merged = CaseLinkRepository(db, actor->id).merge(duplicate, survivor, options);
    if (!merged) {
        Error e = merged.error();
        if (e.field == QLatin1String("customer"))
            e.message += QLatin1Char(' ') + Tr::tr("Add --across-customers to merge them anyway.");
        return reportError(err, e);
    }
    out << "merged: " << referenceFor(duplicate) << " into " << referenceFor(survivor) << '\n'
        << "notes: " << merged->notes << '\n'
        << "messages: " << merged->messages << '\n'
        << "attachments: " << merged->attachments << '\n';
    out.flush();
    return Ok;
}

} // namespace redress::core::cli
