#include "core/cli/CliCommands.h"

#include "core/cases/CaseTypes.h"
#include "core/mail/MailPasses.h"
#include "core/store/MailRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace redress::core::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::cli::MailCommand)
};

const QString setupCommand = QStringLiteral("setup");
const QString fetchCommand = QStringLiteral("fetch");
const QString sendCommand = QStringLiteral("send");
const QString importCommand = QStringLiteral("import");

// Larger attachments than mail servers take (25 MB is the common limit).
constexpr qint64 maxAttachments = 25LL * 1024 * 1024;

QString subcommandOf(const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    return positional.size() > 1 ? positional.at(1) : QString();
}

/// The mailbox and its passwords, for fetch and send.
Result<std::pair<MailAccount, MailSecrets>> accountAndSecrets(const Database& db, const QCommandLineParser& parser)
{
    auto account = MailRepository(db, 0).account();
    if (!account)
        return std::unexpected(account.error());
    if (!*account)
        return fail(Error::Code::InvalidInput,
                    Tr::tr("No team mailbox is set up for this store: run redress-cli mail setup first."));
    auto secrets = MailSecrets::fromEnvironment(parser.value(QStringLiteral("password-file")));
    if (!secrets)
        return std::unexpected(secrets.error());
    return std::pair{**account, *secrets};
}

void printFetch(QTextStream& out, const FetchReport& r)
{
    out << "fetched: " << r.fetched << '\n'
        << "new cases: " << r.newCases << '\n'
        << "replies: " << r.replies << '\n'
        << "ignored: " << r.ignored << '\n'
        << "follow-ups: " << r.followUps << '\n';
}

void printNotes(QTextStream& err, const QStringList& notes)
{
    for (const QString& note : notes)
        err << "redress-cli: " << note << '\n';
}

int setup(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err, QTextStream* in)
{
    auto actor = actingUser(db, parser, err, in);
    if (!actor)
        return actor.error();
    auto account = MailAccount::from(parser.value(QStringLiteral("imap")), parser.value(QStringLiteral("smtp")),
                                     parser.value(QStringLiteral("address")), parser.isSet(QStringLiteral("starttls")),
                                     parser.isSet(QStringLiteral("insecure-loopback")));
    if (!account)
        return usageError(err, account.error().message);
    if (parser.isSet(QStringLiteral("ca-file"))) {
        const QFileInfo ca(parser.value(QStringLiteral("ca-file")));
        if (!ca.isFile() || !ca.isReadable())
            return usageError(err, Tr::tr("--ca-file: %1 is not a readable file of certificates.")
                                       .arg(parser.value(QStringLiteral("ca-file"))));
        account->caFile = ca.absoluteFilePath();
    }
    if (auto ok = MailRepository(db, actor->id).saveAccount(*account); !ok)
        return reportError(err, ok.error());
    out << "imap: " << account->imap.toString(QUrl::RemovePassword) << '\n'
        << "smtp: " << account->smtp.toString(QUrl::RemovePassword) << '\n'
        << "address: " << account->address.toString() << '\n';
    return Ok;
}

} // namespace

std::optional<QString> checkMailOptions(const QCommandLineParser& parser)
{
    const QString sub = subcommandOf(parser);
    const QStringList positional = parser.positionalArguments();
    const auto only = [&](const QStringList& allowed) -> std::optional<QString> {
        for (const QString& option : parser.optionNames()) {
            if (option != QLatin1String("db") && !allowed.contains(option))
                return Tr::tr("mail %1 takes no option --%2.").arg(sub, option);
        }
        return std::nullopt;
    };
    if (sub == setupCommand) {
        if (positional.size() > 2)
            return Tr::tr("mail setup takes no argument '%1'.").arg(positional.at(2));
        for (const char* needed : {"imap", "smtp", "address"}) {
            if (parser.value(QString::fromLatin1(needed)).trimmed().isEmpty())
                return Tr::tr("mail setup needs --%1.").arg(QString::fromLatin1(needed));
        }
        return only({QStringLiteral("imap"), QStringLiteral("smtp"), QStringLiteral("address"),
                     QStringLiteral("starttls"), QStringLiteral("insecure-loopback"), QStringLiteral("ca-file"),
                     QStringLiteral("as"), QStringLiteral("password-stdin")});
    }
    if (sub == fetchCommand || sub == sendCommand) {
        if (positional.size() > 2)
            return Tr::tr("mail %1 takes no argument '%2'.").arg(sub, positional.at(2));
        return only({QStringLiteral("password-file")});
    }
    if (sub == importCommand) {
        if (positional.size() < 3)
            return Tr::tr("mail import needs the .eml files to take in.");
        return only({});
    }
    if (sub.isEmpty())
        return Tr::tr("mail needs what to do: setup, fetch, send or import.");
    return Tr::tr("mail has no subcommand '%1'; it knows setup, fetch, send and import.").arg(sub);
}

int runMail(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err,
            QTextStream* in)
{
    const QString sub = subcommandOf(parser);
    if (sub == setupCommand)
        return setup(db, parser, out, err, in);

    auto actor = actingUser(db, parser, err, in);
    if (!actor)
        return actor.error();
    if (sub == importCommand) {
        auto account = MailRepository(db, actor->id).account();
        if (!account)
            return reportError(err, account.error());
        const qint64 cap = *account ? (*account)->attachmentCap : MailAccount{}.attachmentCap;
        auto report = MailIntake(db, actor->id, cap).importFiles(parser.positionalArguments().mid(2));
        if (!report)
            return reportError(err, report.error());
        printFetch(out, *report);
        printNotes(err, report->notes);
        return Ok;
    }
    auto setup = accountAndSecrets(db, parser);
    if (!setup)
        return reportError(err, setup.error());
    const auto& [account, secrets] = *setup;
    if (sub == fetchCommand) {
        auto report = fetchMail(db, actor->id, account, secrets);
        if (!report)
            return reportError(err, report.error());
        printFetch(out, *report);
        printNotes(err, report->notes);
        return Ok;
    }
    auto report = sendMail(db, account, secrets);
    if (!report)
        return reportError(err, report.error());
    out << "sent: " << report->sent << '\n' << "failed: " << report->failed << '\n';
    printNotes(err, report->notes);
    return Ok;
}

std::optional<QString> checkReplyOptions(const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return Tr::tr("reply needs the case, as RD-000123.");
    if (!idFromReference(positional.at(1), QLatin1String("RD-")))
        return Tr::tr("'%1' is not a case reference such as RD-000123.").arg(positional.at(1));
    if (parser.value(QStringLiteral("file")).isEmpty())
        return Tr::tr("reply needs --file with the message's text.");
    return std::nullopt;
}

Result<QString> readTextFile(const QString& path)
{
    QFile body(path);
    if (!body.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, Tr::tr("Cannot read %1: %2").arg(path, body.errorString()));
    const QByteArray bytes = body.readAll();
    QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        return fail(Error::Code::InvalidInput, Tr::tr("%1 is not UTF-8 text; save it as UTF-8.").arg(path));
    return text;
}

int runReply(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err,
             QTextStream* in)
{
    const qint64 caseId = *idFromReference(parser.positionalArguments().at(1), QLatin1String("RD-"));
    auto read = readTextFile(parser.value(QStringLiteral("file")));
    if (!read)
        return reportError(err, read.error());
    const QString text = *read;

    QList<MailAttachment> attachments;
    qint64 total = 0;
    const QMimeDatabase types;
    for (const QString& path : parser.values(QStringLiteral("attach"))) {
        QFile file(path);
        if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
            return reportError(err, Error::make(Error::Code::Io,
                                                Tr::tr("Cannot attach %1: %2")
                                                    .arg(path, QFileInfo(path).isFile() ? file.errorString()
                                                                                        : Tr::tr("no such file"))));
        total += file.size();
        if (total > maxAttachments)
            return reportError(err, Error::make(Error::Code::InvalidInput,
                                                Tr::tr("The attachments come to more than 25 MB, more than mail "
                                                       "servers take; %1 is one too many.")
                                                    .arg(path)));
        MailAttachment a;
        a.name = QFileInfo(path).fileName();
        a.mimeType = types.mimeTypeForFile(path).name();
        a.data = file.readAll();
        attachments.append(a);
    }

    auto actor = actingUser(db, parser, err, in);
    if (!actor)
        return actor.error();
    auto queued = MailRepository(db, actor->id).queueReply(caseId, text, attachments);
    if (!queued)
        return reportError(err, queued.error());
    out << "queued: " << *queued << '\n';
    return Ok;
}

} // namespace redress::core::cli
