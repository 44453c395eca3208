#include "core/cli/Cli.h"

#include "Version.h"
#include "core/cli/CliCommands.h"
#include "core/PrivateFile.h"
#include "core/store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <optional>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::Cli)
};

using namespace cli;

/// What a command runs with. `db` is null for a command that opens no store.
struct Call
{
    const QCommandLineParser& parser;
    const Database* db;
    QTextStream& out;
    QTextStream& err;
    QTextStream* in; // standard input when null
};

enum class Store
{
    None,         // reads no store, and a --db given out of habit changes nothing
    OpenOrCreate, // a missing store is created
    Existing      // a mistyped --db is an error, not a new empty store
};

/// One command of redress-cli: the help text, the check of its arguments
/// and options, and the dispatch all read this, and nothing else.
struct Command
{
    QString name;
    QString synopsis;
    QString summary;
    QStringList options; // the options it takes besides --db
    Store store = Store::OpenOrCreate;
    qsizetype arguments = 0; // positional arguments after the command's name
    /// Run before any store is opened or created: a usage error is a
    /// message, nullopt means the options are fine.
    std::optional<QString> (*check)(const QCommandLineParser&) = nullptr;
    int (*run)(const Call&) = nullptr;
};

int usage(QTextStream& err, const QString& message)
{
    return usageError(err, message);
}

QList<Command> commands()
{
    return {
        {QStringLiteral("demo"),
         QStringLiteral("demo --cases N [--seed S] [--now ISO-8601]"),
         Tr::tr("Add N realistic demo cases; the same seed (and --now) gives the same cases."),
         {QStringLiteral("cases"), QStringLiteral("seed"), QStringLiteral("now")},
         Store::OpenOrCreate,
         0,
         &checkDemoOptions,
         [](const Call& c) { return runDemo(*c.db, c.parser, c.out, c.err); }},
        {QStringLiteral("stats"),
         QStringLiteral("stats"),
         Tr::tr("Print customers, cases and cases per status as key: value lines."),
         {},
         Store::OpenOrCreate,
         0,
         nullptr,
         [](const Call& c) { return runStats(*c.db, c.out, c.err); }},
        {QStringLiteral("check"),
         QStringLiteral("check"),
         Tr::tr("Check the file's integrity and Redress's own consistency rules; exit 1 on a problem."),
         {},
         Store::OpenOrCreate,
         0,
         nullptr,
         [](const Call& c) { return runCheck(*c.db, c.out, c.err); }},
        {QStringLiteral("check-apology"),
         QStringLiteral("check-apology [--file F] [--lang en|de]"),
         Tr::tr("Mark reject, ignore, disagree, excuse, non-apology and self-centred passages and a missing "
                "apology in a draft (UTF-8, from F or standard input, in the language given or the one it is "
                "written in), one LINE:COL: KIND: \"passage\" \u2014 why per line; a missing next step is "
                "advice, LINE:COL: advice: KIND: \u2026; exit 3 when it found a reflex. Opens no store."),
         {QStringLiteral("file"), QStringLiteral("lang")},
         Store::None,
         0,
         &checkApologyOptions,
         [](const Call& c) { return runCheckApology(c.parser, c.out, c.err, c.in); }},
        {QStringLiteral("export"),
         QStringLiteral(
             "export --out FILE [--status S] [--from D] [--to D] [--search WORDS] [--columns a,b,c] "
             "[--bom] [--separator ;]"),
         Tr::tr("Write the cases the filter selects as CSV (UTF-8, RFC 4180, safe to open in a spreadsheet); "
                "--out - writes to standard output."),
         {QStringLiteral("out"), QStringLiteral("status"), QStringLiteral("from"), QStringLiteral("to"),
          QStringLiteral("search"), QStringLiteral("columns"), QStringLiteral("bom"),
          QStringLiteral("separator")},
         Store::Existing,
         0,
         &checkExportOptions,
         [](const Call& c) { return runExport(*c.db, c.parser, c.out, c.err); }},
        {QStringLiteral("import"),
         QStringLiteral("import (--cases FILE | --customers FILE) [--profile P.json] [--map \"Header=field\"]… "
                        "[--set field=value]… [--date-format FMT]… [--key FIELD] [--update] [--allow-duplicates] "
                        "[--create-users] [--all-or-nothing | --rejects FILE] [--format csv|zendesk-json] "
                        "[--as LOGIN [--password-stdin]]"),
         Tr::tr("Add the cases of a CSV file, or its customers (a known one is updated), in one transaction; "
                "bad rows are reported by line and column and, unless --all-or-nothing, the good rows are "
                "imported and the bad ones saved to the rejects file. A profile (or --map, --set, "
                "--date-format) says how another system's columns, values and dates map; --key makes a second "
                "import of the same rows change nothing (or, with --update, refresh them). Recorded as done "
                "by this desk's "
                "account, or by LOGIN with their password on standard input."),
         {QStringLiteral("cases"), QStringLiteral("customers"), QStringLiteral("all-or-nothing"),
          QStringLiteral("rejects"), QStringLiteral("as"), QStringLiteral("password-stdin"),
          QStringLiteral("profile"), QStringLiteral("map"), QStringLiteral("set"), QStringLiteral("date-format"),
          QStringLiteral("key"), QStringLiteral("update"), QStringLiteral("allow-duplicates"),
          QStringLiteral("create-users"), QStringLiteral("format")},
         Store::OpenOrCreate,
         0,
         &checkImportOptions,
         [](const Call& c) { return runImport(*c.db, c.parser, c.out, c.err, c.in); }},
        {QStringLiteral("escalate"),
         QStringLiteral("escalate [--now ISO-8601]"),
         Tr::tr(
             "Run the escalation rules once, as of now or of the given time: print one line per case moved "
             "up the ladder (reference, rungs, rule, due time, why), then 'escalated: N'. Running it again "
             "for the same time escalates nothing."),
         {QStringLiteral("now")},
         Store::Existing,
         0,
         &checkEscalateOptions,
         [](const Call& c) { return runEscalate(*c.db, c.parser, c.out, c.err); }},
        {QStringLiteral("backup"),
         QStringLiteral("backup --out FILE"),
         Tr::tr("Write a consistent copy of the store to FILE, safe while Redress runs, and check the copy."),
         {QStringLiteral("out")},
         Store::Existing,
         0,
         &checkBackupOptions,
         [](const Call& c) { return runBackup(*c.db, c.parser, c.out, c.err); }},
        {QStringLiteral("report"),
         QStringLiteral("report pareto|trend|champions|problems [--from D] [--to D] [--format csv|text] "
                        "[--by count|cost] "
                        "[--period week|month]"),
         Tr::tr(
             "Print a team lead's figures for cases opened from --from to --to (whole UTC days, both "
             "included; champions: follow-ups recorded in those days): the root causes by cases or by cost "
             "with the cumulative share and the vital few, complaints per root cause per week or month, or "
             "champions, passives and detractors per period with the score before and after; or one line per "
             "problem record open in the range with its complaints per 100 before and after the effective "
             "day, the verdict and the next review due."),
         {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("format"), QStringLiteral("by"),
          QStringLiteral("period")},
         Store::Existing,
         1, // the report's name
         &checkReportOptions,
         [](const Call& c) { return runReport(*c.db, c.parser, c.out, c.err); }},
        {QStringLiteral("migrate"),
         QStringLiteral("migrate --from sqlite:PATH --to postgresql://user@host:port/database"),
         Tr::tr("Move a desk's store into the team's store on a PostgreSQL server (an empty database, or one "
                "Redress has set up with no cases yet): every record with its id and audit chain, in one "
                "transaction, with the row counts of both sides compared before it commits; print the rows "
                "per table. The password comes from ~/.pgpass or PGPASSWORD. Ignores --db."),
         {QStringLiteral("from"), QStringLiteral("to")},
         Store::None,
         0,
         &checkMigrateOptions,
         [](const Call& c) { return runMigrate(c.parser, c.out, c.err); }},
        {QStringLiteral("verify-audit"),
         QStringLiteral("verify-audit [--anchor ID:HASH]"),
         Tr::tr(
             "Check the timeline's audit chain: print 'audit log intact: N entries checked' and 'head: ID "
             "HASH', or 'audit log broken at event ID (case REF): why' and exit 1 when an entry was changed, "
             "added or removed outside Redress. With --anchor (a head printed earlier), also exit 1 unless "
             "that event is still in the chain with that hash."),
         {QStringLiteral("anchor")},
         Store::Existing,
         0,
         &checkVerifyAuditOptions,
         [](const Call& c) { return runVerifyAudit(*c.db, c.parser, c.out, c.err); }},
        {QStringLiteral("erase-customer"),
         QStringLiteral("erase-customer --id N --as LOGIN [--password-stdin]"),
         Tr::tr("Erase customer N's personal data on request (LOGIN must be an administrator): name, contact "
                "details and the texts of their cases become [erased], figures stay, the erasure is recorded "
                "in each case's timeline, and the words are scrubbed from the store's files. On a desk's "
                "file LOGIN is this desk's account or someone whose password is on standard input; on a "
                "server, the login connected."),
         {QStringLiteral("id"), QStringLiteral("as"), QStringLiteral("password-stdin")},
         Store::Existing,
         0,
         &checkEraseOptions,
         [](const Call& c) { return runErase(*c.db, c.parser, c.out, c.err, c.in); }},
        {QStringLiteral("users"),
         QStringLiteral("users list | add LOGIN --role ROLE [--name NAME] [--password-stdin] | "
                        "set-role LOGIN ROLE | passwd [LOGIN] --password-stdin"),
         Tr::tr("Who may use the store: list prints LOGIN ROLE NAME per user; add, set-role (roles: rep, "
                "lead, executive, quality, admin) and another's passwd are for administrators. On a desk's "
                "file --password-stdin sets the desk password that handing the desk to that user asks "
                "for; on a server LOGIN must be a server login, and the server checks passwords."),
         {QStringLiteral("role"), QStringLiteral("name"), QStringLiteral("password-stdin")},
         Store::Existing,
         3, // the subcommand, a login and a role
         &checkUsersOptions,
         [](const Call& c) { return runUsers(*c.db, c.parser, c.out, c.err, c.in); }},
        {QStringLiteral("mail"),
         QStringLiteral("mail setup --imap imap[s]://USER@HOST[:PORT]/FOLDER --smtp smtp[s]://USER@HOST[:PORT] "
                        "--address \"Name <addr>\" [--starttls] [--insecure-loopback] [--ca-file PEM] | mail fetch "
                        "[--password-file F] | mail send [--password-file F] | mail import FILE…"),
         Tr::tr("The team mailbox. setup (administrators) names the servers and the address Redress writes "
                "from (--ca-file: the authorities a private server's certificate is checked against); passwords are never stored: they come from REDRESS_IMAP_PASSWORD and "
                "REDRESS_SMTP_PASSWORD or a file only you can read (first line IMAP, second SMTP). fetch takes "
                "new mail in once (new cases, replies on their threads) and prints fetched, new cases, "
                "replies, ignored and follow-ups (answers to a follow-up); send delivers the outbox once and prints sent and failed; import takes "
                ".eml files in as fetch would."),
         {QStringLiteral("imap"), QStringLiteral("smtp"), QStringLiteral("address"), QStringLiteral("starttls"),
          QStringLiteral("insecure-loopback"), QStringLiteral("ca-file"), QStringLiteral("password-file"),
          QStringLiteral("as"),
          QStringLiteral("password-stdin")},
         Store::Existing,
         1000000, // the subcommand and, for import, the files
         &checkMailOptions,
         [](const Call& c) { return runMail(*c.db, c.parser, c.out, c.err, c.in); }},
        {QStringLiteral("survey"),
         QStringLiteral("survey send-due [--now ISO-8601]"),
         Tr::tr("Queue the follow-ups due (a resolved case, its promised-by day passed, the team's delay in "
                "business days gone; one per customer in the gap; never to a customer who asked to stop), "
                "the reminders due, and record as no answer what the reminder did not bring back; prints "
                "queued: N. mail send (or the app) delivers them; mail fetch reads the answers."),
         {QStringLiteral("now"), QStringLiteral("as"), QStringLiteral("password-stdin")},
         Store::Existing,
         1, // the subcommand
         &checkSurveyOptions,
         [](const Call& c) { return runSurvey(*c.db, c.parser, c.out, c.err, c.in); }},
        {QStringLiteral("problem"),
         QStringLiteral("problem notify PR-000001 --file BODY.txt"),
         Tr::tr("Tell every customer with a case linked to the problem that its fault is fixed: one message "
                "per customer from BODY.txt ({customer}, {reference}, {product} and {problem} are filled in), "
                "logged on each of their linked cases, all queued in one transaction; customers told before "
                "are left out. Prints queued: N."),
         {QStringLiteral("file"), QStringLiteral("as"), QStringLiteral("password-stdin")},
         Store::Existing,
         2, // the subcommand and the problem
         &checkProblemOptions,
         [](const Call& c) { return runProblem(*c.db, c.parser, c.out, c.err, c.in); }},
        {QStringLiteral("settings"),
         QStringLiteral("settings [KEY [VALUE | --file F]]"),
         Tr::tr("The team's settings: without a key, every one set as KEY=VALUE; with a key, its value; with "
                "a value (or --file for a text), set it, and an empty value puts the default back (leads, "
                "executives, administrators). Keys: survey_delay_days, survey_gap_days, survey_wait_days, "
                "second_failure_days, and survey_subject, survey_body, survey_reminder with a language "
                "(survey_body.de)."),
         {QStringLiteral("file"), QStringLiteral("as"), QStringLiteral("password-stdin")},
         Store::Existing,
         2, // the key and the value
         &checkSettingsOptions,
         [](const Call& c) { return runSettings(*c.db, c.parser, c.out, c.err, c.in); }},
        {QStringLiteral("reply"),
         QStringLiteral("reply RD-000123 --file BODY.txt [--attach FILE]…"),
         Tr::tr("Queue a message to the case's customer: the text from BODY.txt (UTF-8), files attached, "
                "subject [RD-000123], answering their last message. mail send (or the app) delivers it. "
                "Prints queued: MESSAGE-ID."),
         {QStringLiteral("file"), QStringLiteral("attach")},
         Store::Existing,
         1,
         &checkReplyOptions,
         [](const Call& c) { return runReply(*c.db, c.parser, c.out, c.err, c.in); }},
        {QStringLiteral("link"),
         QStringLiteral("link RD-000001 RD-000002 --as duplicate|related|follow-on"),
         Tr::tr("Record that the first case is a duplicate of, related to or a follow-on of the second; the "
                "link shows on both cases and in both timelines. Prints linked: REF KIND REF."),
         {QStringLiteral("as")},
         Store::Existing,
         2,
         &checkLinkOptions,
         [](const Call& c) { return runLink(*c.db, c.parser, c.out, c.err); }},
        {QStringLiteral("merge"),
         QStringLiteral("merge --into RD-000001 RD-000002 [--across-customers]"),
         Tr::tr("Merge the duplicate RD-000002 into RD-000001 in one transaction: its description, notes, "
                "messages and attachments move over, it closes as merged and its reference finds RD-000001. "
                "Cases of two customers merge only with --across-customers. Prints merged, notes, messages "
                "and attachments."),
         {QStringLiteral("into"), QStringLiteral("across-customers")},
         Store::Existing,
         1,
         &checkMergeOptions,
         [](const Call& c) { return runMerge(*c.db, c.parser, c.out, c.err); }},
        {QStringLiteral("customer"),
         QStringLiteral("customer --id N [--format csv|text]"),
         Tr::tr("Print customer N's details (lifetime value, complaints this year, whether they asked not to "
                "be contacted) and one line per case, newest first: reference, status, product, root cause, "
                "outcome, opened, resolved, gestures, their cost, follow-up score, second failure of, merged "
                "into."),
         {QStringLiteral("id"), QStringLiteral("format")},
         Store::Existing,
         0,
         &checkCustomerOptions,
         [](const Call& c) { return runCustomer(*c.db, c.parser, c.out, c.err); }},
    };
}

QString commandNames()
{
    QStringList names;
    for (const Command& c : commands())
        names << c.name;
    return names.join(QStringLiteral(", "));
}

QString helpText()
{
    QString text = Tr::tr("Usage: redress-cli [--db PATH] COMMAND [OPTIONS]\n\n"
                          "Redress, complaint handling as service recovery, without a window.\n\n"
                          "Commands:\n");
    for (const Command& c : commands())
        text += QStringLiteral("  %1\n      %2\n").arg(c.synopsis, c.summary);
    text +=
        Tr::tr(
            "\nOptions:\n"
            "  --db PATH      the store to use (default: %1); created when missing\n"
            "  -h, --help     show this help\n"
            "  -v, --version  show the version\n\n"
            "Exit codes: 0 success, 1 a runtime error, 2 a usage error, 3 check-apology found something or\n"
            "import rejected rows (the good ones were imported).\n")
            .arg(QDir::toNativeSeparators(Database::defaultPath()));
    return text;
}

Result<Database> openStore(const QString& requested, Store store)
{
    const bool mustExist = store == Store::Existing;
    QString path = requested;
    if (path.isEmpty()) {
        path = Database::defaultPath();
        // The default folder is ours to make (0700: it holds the store and
        // its journal); a folder the user named is not.
        if (!mustExist)
            PrivateFile::makeFolder(QFileInfo(path).absolutePath());
    }
    return Database::open(path,
                          mustExist ? Database::OpenMode::OpenExisting : Database::OpenMode::OpenOrCreate);
}

void addOptions(QCommandLineParser& parser)
{
    // Every option any command takes, with the name of its value (none for a
    // switch); which command takes which is the command table's to say.
    static const std::pair<const char*, const char*> options[] = {
        {"db", "path"},        {"cases", "n"},         {"seed", "s"},        {"now", "time"},
        {"file", "path"},      {"out", "path"},        {"status", "status"}, {"from", "date"},
        {"to", "date"},        {"search", "words"},    {"columns", "keys"},  {"bom", ""},
        {"separator", "char"}, {"all-or-nothing", ""}, {"rejects", "path"},  {"customers", "path"},
        {"format", "format"},  {"by", "measure"},      {"period", "period"}, {"id", "n"},
        {"as", "login"},       {"anchor", "id:hash"}, {"password-stdin", ""}, {"role", "role"},     {"name", "name"},
        {"imap", "url"},       {"smtp", "url"},        {"address", "mailbox"}, {"starttls", ""},
        {"insecure-loopback", ""}, {"password-file", "path"}, {"attach", "path"}, {"ca-file", "path"},
        {"lang", "en|de"},
        {"into", "ref"},       {"across-customers", ""},
        // import's mapping and repeatability (issue 22)
        {"profile", "path"}, {"map", "header=field"}, {"set", "field=value"}, {"date-format", "format"},
        {"key", "field"}, {"update", ""}, {"allow-duplicates", ""}, {"create-users", ""},
    };
    for (const auto& [name, value] : options)
        parser.addOption({QString::fromLatin1(name), {}, QString::fromLatin1(value)});
}

// A usage error in what the command was given, found before any store is
// opened or created; nullopt when there is none.
std::optional<QString> misuse(const Command& command, const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 + command.arguments)
        return Tr::tr("%1 takes no argument '%2'.").arg(command.name, positional.at(1 + command.arguments));
    for (const QString& option : parser.optionNames()) {
        if (option != QLatin1String("db") && !command.options.contains(option))
            return Tr::tr("%1 takes no option --%2.").arg(command.name, option);
    }
    if (command.store != Store::None && parser.isSet(QStringLiteral("db")) &&
        parser.value(QStringLiteral("db")).isEmpty())
        return Tr::tr("--db needs a path.");
    if (command.check)
        return command.check(parser);
    return std::nullopt;
}

int dispatch(const Command& command, const QCommandLineParser& parser, QTextStream& out, QTextStream& err,
             QTextStream* in)
{
    if (command.store == Store::None)
        return command.run({parser, nullptr, out, err, in});
    auto db = openStore(parser.value(QStringLiteral("db")), command.store);
    if (!db)
        return reportError(err, db.error());
    const int code = command.run({parser, &*db, out, err, in});
    out.flush();
    err.flush();
    db->closeAll();
    return code;
}

} // namespace

int cli::usageError(QTextStream& err, const QString& message)
{
    err << "redress-cli: " << message << '\n' << Tr::tr("Try 'redress-cli --help'.") << '\n';
    err.flush();
    return UsageError;
}

int cli::reportError(QTextStream& err, const Error& error)
{
    err << "redress-cli: " << error.message;
    if (!error.detail.isEmpty())
        err << " (" << error.detail << ')';
    err << '\n';
    err.flush();
    return RuntimeError;
}

int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    return runCli(arguments, out, err, nullptr);
}

int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err, QTextStream* in)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, {});
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, {});
    parser.addOption(help);
    parser.addOption(version);
    addOptions(parser);
    if (!parser.parse(arguments))
        return usage(err, parser.errorText());
    if (parser.isSet(help)) {
        out << helpText();
        return Ok;
    }
    if (parser.isSet(version)) {
        out << "redress-cli " << versionString << '\n';
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(err, Tr::tr("name a command: %1.").arg(commandNames()));
    const QString name = positional.first();
    const QList<Command> known = commands();
    const auto command =
        std::find_if(known.begin(), known.end(), [&](const Command& c) { return c.name == name; });
    if (command == known.end())
        return usage(err, Tr::tr("'%1' is not a command; the commands are %2.").arg(name, commandNames()));
    if (auto problem = misuse(*command, parser))
        return usage(err, *problem);
    return dispatch(*command, parser, out, err, in);
}

} // namespace redress::core
