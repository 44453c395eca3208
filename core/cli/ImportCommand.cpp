#include "core/cli/CliCommands.h"

#include "core/io/CaseImporter.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace redress::core::cli {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::ImportCommand)
};

/// `cases.csv` → `cases.rejected.csv`, beside it.
QString defaultRejectsPath(const QString& input)
{
    const QFileInfo info(input);
    return QDir::cleanPath(info.dir().filePath(info.completeBaseName() + QStringLiteral(".rejected.csv")));
}

/// The option that names the file: --cases or --customers.
QString inputOption(const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("customers")) ? QStringLiteral("customers") : QStringLiteral("cases");
}

QString rejectsPath(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("all-or-nothing")))
        return {};
    if (parser.isSet(QStringLiteral("rejects")))
        return parser.value(QStringLiteral("rejects"));
    return defaultRejectsPath(parser.value(inputOption(parser)));
}

/// The profile file, then --map, --set and --date-format on top of it.
Result<ImportProfile> profileOf(const QCommandLineParser& parser)
{
    ImportProfile profile;
    if (parser.isSet(QStringLiteral("profile"))) {
        auto loaded = ImportProfile::load(parser.value(QStringLiteral("profile")));
        if (!loaded)
            return loaded;
        profile = *loaded;
    }
    ImportProfile flags;
    for (const QString& map : parser.values(QStringLiteral("map"))) {
        // Field keys hold no '=', headers might.
        const qsizetype at = map.lastIndexOf(QLatin1Char('='));
        if (at <= 0)
            return fail(Error::Code::InvalidInput,
                        Tr::tr("--map takes \"Header=field\" (or \"Header=\" to skip the column), not '%1'.")
                            .arg(map));
        const QString field = map.mid(at + 1).trimmed();
        if (!field.isEmpty() && !importFieldFromKey(field))
            return fail(Error::Code::InvalidInput, Tr::tr("--map '%1': '%2' is no field.").arg(map, field));
        flags.columns << std::pair(map.left(at), field.isEmpty() ? std::optional<QString>() : field);
    }
    for (const QString& set : parser.values(QStringLiteral("set"))) {
        const qsizetype at = set.indexOf(QLatin1Char('='));
        const QString field = set.left(at).trimmed();
        if (at <= 0 || !importFieldFromKey(field))
            return fail(
                Error::Code::InvalidInput,
                Tr::tr("--set takes field=value with a field key such as channel, not '%1'.").arg(set));
        flags.set << std::pair(field, set.mid(at + 1));
    }
    flags.dates = parser.values(QStringLiteral("date-format"));
    if (parser.isSet(QStringLiteral("key")))
        flags.key = parser.value(QStringLiteral("key"));
    profile.add(flags);
    return profile;
}

} // namespace

std::optional<QString> checkImportOptions(const QCommandLineParser& parser)
{
    const bool cases = parser.isSet(QStringLiteral("cases"));
    const bool customers = parser.isSet(QStringLiteral("customers"));
    if (cases == customers)
        return cases ? Tr::tr("import takes either --cases FILE or --customers FILE, not both.")
                     : Tr::tr("import needs --cases FILE or --customers FILE.");
    const QString option = inputOption(parser);
    const QString input = parser.value(option);
    if (input.isEmpty())
        return Tr::tr("--%1 needs a path.").arg(option);
    // Checked before the store is opened: a mistyped file name must not
    // leave a new, empty store behind.
    const QFileInfo info(input);
    if (!info.exists())
        return Tr::tr("there is no file %1 to import.").arg(QDir::toNativeSeparators(input));
    if (info.isDir())
        return Tr::tr("%1 is a folder; --%2 takes a CSV file.").arg(QDir::toNativeSeparators(input), option);
    if (parser.isSet(QStringLiteral("rejects"))) {
        if (parser.value(QStringLiteral("rejects")).isEmpty())
            return Tr::tr("--rejects needs a path.");
        if (parser.isSet(QStringLiteral("all-or-nothing")))
            return Tr::tr(
                "--rejects has no use with --all-or-nothing, which imports nothing when a row is bad.");
    }
    const QString rejects = rejectsPath(parser);
    if (!rejects.isEmpty() && QFileInfo(rejects).absoluteFilePath() == info.absoluteFilePath())
        return Tr::tr("--rejects must not name the file being imported.");
    if (parser.isSet(QStringLiteral("format"))) {
        const QString format = parser.value(QStringLiteral("format"));
        if (format != QLatin1String("csv") && format != QLatin1String("zendesk-json"))
            return Tr::tr("--format is csv or zendesk-json, not '%1'.").arg(format);
        if (customers && format != QLatin1String("csv"))
            return Tr::tr("--customers takes CSV only.");
    }
    auto profile = profileOf(parser);
    if (!profile)
        return profile.error().message;
    if (!profile->key.isEmpty() && profile->key != QLatin1String("external_id") &&
        profile->key != QLatin1String("reference"))
        return Tr::tr("--key is external_id or reference, not '%1'.").arg(profile->key);
    if (parser.isSet(QStringLiteral("update")) && profile->key.isEmpty())
        return Tr::tr("--update needs a key (--key or the profile's \"key\") to find the cases to refresh.");
    if (parser.isSet(QStringLiteral("allow-duplicates")) && !profile->key.isEmpty())
        return Tr::tr("--allow-duplicates has no use with a key: a known key is never imported twice.");
    return std::nullopt;
}

int runImport(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err,
              QTextStream* in)
{
    const QString input = parser.value(inputOption(parser));
    const QString shown = QDir::toNativeSeparators(input);
    ImportOptions options;
    options.kind = parser.isSet(QStringLiteral("customers")) ? ImportKind::Customers : ImportKind::Cases;
    options.allOrNothing = parser.isSet(QStringLiteral("all-or-nothing"));
    options.rejectsPath = rejectsPath(parser);
    options.update = parser.isSet(QStringLiteral("update"));
    options.allowDuplicates = parser.isSet(QStringLiteral("allow-duplicates"));
    options.createUsers = parser.isSet(QStringLiteral("create-users"));
    options.format = parser.value(QStringLiteral("format")) == QLatin1String("zendesk-json")
                         ? ImportFormat::ZendeskJson
                         : ImportFormat::Csv;
    auto profile = profileOf(parser);
    if (!profile)
        return reportError(err, profile.error());
    options.profile = *profile;

    // Whoever imports is recorded as such, registered on first sight like
    // at the desk (the first user of a new store administers it). One outer
    // unit, so that a failed import does not leave that user behind either.
    Transaction tx(db.connection());
    if (auto ok = tx.begun(); !ok)
        return reportError(err, ok.error());
    auto actor = actingUser(db, parser, err, in);
    if (!actor)
        return actor.error();

    auto report = CaseImporter(db, *actor).run(input, options);
    if (!report)
        return reportError(err, report.error());

    for (const RowProblem& p : report->problems) {
        err << shown << ':' << p.line << ": ";
        if (!p.column.isEmpty())
            err << p.column << ": ";
        err << p.reason << '\n';
    }
    if (report->rejected > report->problems.size())
        err << "redress-cli: "
            << Tr::tr("only the first %1 problems are listed.").arg(report->problems.size()) << '\n';

    if (options.allOrNothing && report->rejected > 0) {
        err << "redress-cli: "
            << Tr::tr("nothing was imported (--all-or-nothing); rows with problems: %1.")
                   .arg(report->rejected)
            << '\n';
        err.flush();
        out << "imported: 0\n";
        if (options.kind == ImportKind::Customers)
            out << "created: 0\nupdated: 0\n";
        else
            out << "unchanged: 0\n";
        out << "rejected: " << report->rejected << '\n';
        if (options.kind == ImportKind::Cases)
            out << "users created: 0\n";
        return RuntimeError;
    }
    if (report->imported > 0 || report->updated > 0 || !report->usersCreated.isEmpty()) {
        if (auto ok = tx.commit(); !ok)
            return reportError(err, ok.error());
    }
    err.flush();
    // For customers, `imported` is created plus updated: one figure for
    // scripts whatever the kind.
    out << "imported: " << report->imported << '\n';
    if (options.kind == ImportKind::Customers)
        out << "created: " << report->customersCreated << '\n'
            << "updated: " << report->customersUpdated << '\n';
    else
        out << "unchanged: " << report->unchanged << '\n';
    if (options.update)
        out << "updated: " << report->updated << '\n';
    out << "rejected: " << report->rejected << '\n';
    if (options.kind == ImportKind::Cases)
        out << "users created: " << report->usersCreated.size() << '\n';
    if (!report->rejectsPath.isEmpty())
        out << "rejects: " << QDir::toNativeSeparators(report->rejectsPath) << '\n';
    return report->rejected > 0 ? Flagged : Ok;
}

} // namespace redress::core::cli
