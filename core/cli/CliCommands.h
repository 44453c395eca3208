#pragma once

#include "core/Error.h"
#include "core/cases/User.h"
#include "core/store/Database.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <optional>

/// The commands of redress-cli, each in its own file. Each has a
/// check of its options, run before any store is opened or created (a
/// usage error is a message; nullopt means the options are fine), and the
/// command itself, which returns the exit code. The command table in
/// Cli.cpp names each of them once.
namespace redress::core::cli {

enum Exit
{
    Ok = 0,
    RuntimeError = 1,
    UsageError = 2,
    Flagged = 3
};

/// Writes "redress-cli: message (detail)" to `err`; returns RuntimeError.
int reportError(QTextStream& err, const Error& error);
/// Writes "redress-cli: message" and the pointer to --help; returns UsageError.
int usageError(QTextStream& err, const QString& message);

/// The first line of `in` (standard input when null), without its line end:
/// the password --password-stdin gives.
QString readPasswordLine(QTextStream* in);
/// Who acts for a command (Identity::resolve): oneself, or `--as LOGIN`
/// with --password-stdin on a file. On failure the message is written and
/// the exit code returned: a usage error when naming that user is not
/// allowed here.
std::expected<User, int> actingUser(const Database& db, const QCommandLineParser& parser, QTextStream& err,
                                    QTextStream* in);

/// The moment --now names (invalid when it names none), or the clock's.
QDateTime nowFrom(const QCommandLineParser& parser);
/// Why --now is refused for this store and user, or empty when it is not:
/// a lead's or an administrator's, near the clock unless on a demo store.
Result<QString> nowRefusal(const Database& db, const QDateTime& now);
/// A UTF-8 text file's words (a reply's or a notice's body).
Result<QString> readTextFile(const QString& path);

/// `demo --cases N [--seed S] [--now ISO-8601]`: realistic demo cases.
std::optional<QString> checkDemoOptions(const QCommandLineParser& parser);
int runDemo(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err);

/// `stats`: customers, cases and cases per status as key: value lines.
int runStats(const Database& db, QTextStream& out, QTextStream& err);

/// `check`: StoreCheck's checks, one line each; exit 1 on a problem.
int runCheck(const Database& db, QTextStream& out, QTextStream& err);

/// `check-apology [--file F]`: reads a draft from F or `in` (standard input
/// when null) and opens no store; exit 3 when it found something.
std::optional<QString> checkApologyOptions(const QCommandLineParser& parser);
int runCheckApology(const QCommandLineParser& parser, QTextStream& out, QTextStream& err, QTextStream* in);

std::optional<QString> checkExportOptions(const QCommandLineParser& parser);
int runExport(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err);

std::optional<QString> checkImportOptions(const QCommandLineParser& parser);
int runImport(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err,
              QTextStream* in);

std::optional<QString> checkEscalateOptions(const QCommandLineParser& parser);
int runEscalate(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err);

std::optional<QString> checkBackupOptions(const QCommandLineParser& parser);
int runBackup(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err);

/// `report pareto|trend|champions|problems`: the report's name is the one positional
/// argument after the command.
std::optional<QString> checkReportOptions(const QCommandLineParser& parser);
int runReport(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err);

/// `verify-audit`: checks the audit chain of the timeline; exit 1 when broken.
std::optional<QString> checkVerifyAuditOptions(const QCommandLineParser& parser);
int runVerifyAudit(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err);

/// `erase-customer --id N --as LOGIN [--password-stdin]`: erasure on request (administrators).
std::optional<QString> checkEraseOptions(const QCommandLineParser& parser);
int runErase(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err,
             QTextStream* in);

/// `users list|add|set-role|passwd`: who may use the store, with what role;
/// the subcommand and its logins are the positional arguments.
std::optional<QString> checkUsersOptions(const QCommandLineParser& parser);
int runUsers(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err,
             QTextStream* in);

/// `mail setup|fetch|send|import`: the team mailbox (issue 20). The
/// subcommand and, for import, the files are the positional arguments.
std::optional<QString> checkMailOptions(const QCommandLineParser& parser);
int runMail(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err,
            QTextStream* in);

/// `reply RD-000123 --file BODY.txt [--attach FILE]…`: queues a message to the case's customer.
std::optional<QString> checkReplyOptions(const QCommandLineParser& parser);
int runReply(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err,
             QTextStream* in);

/// `survey send-due [--now ISO]`: queues the follow-ups and reminders due.
std::optional<QString> checkSurveyOptions(const QCommandLineParser& parser);
int runSurvey(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err,
              QTextStream* in);

/// `problem notify PR-000001 --file BODY.txt`: tells a problem's customers the fault is fixed.
std::optional<QString> checkProblemOptions(const QCommandLineParser& parser);
int runProblem(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err,
               QTextStream* in);

/// `migrate --from sqlite:PATH --to postgresql://…`: a desk's store into the
/// team's empty one, in one transaction, counts verified. Takes no --db.
std::optional<QString> checkMigrateOptions(const QCommandLineParser& parser);
int runMigrate(const QCommandLineParser& parser, QTextStream& out, QTextStream& err);

} // namespace redress::core::cli
