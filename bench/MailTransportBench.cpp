#include "bench/Bench.h"
#include "bench/Machine.h"
#include "bench/Output.h"

#include "core/mail/MailPasses.h"
#include "core/mail/MailTransport.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

#include <sys/stat.h>
#include <unistd.h>

// --only mail-transport: 10,000 messages fetched from a local dovecot by
// ImapClient (libcurl, one connection) against the curl program fetching the
// same UIDs with one process and one connection, in the same run. The
// servers are REDRESS_TEST_IMAP's, or throwaway ones started here with
// tools/mail-throwaway. Then the whole of mail in: fetchMail taking the same
// messages into a fresh store (parsed, stored with their hashes, a case each).
namespace redress::bench {

namespace {

constexpr int kMessages = 10'000;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

/// A complaint of a few KB, as customers write them: headers, a paragraph or
/// several, now and then a small attachment.
QByteArray complaint(int i, QRandomGenerator& random)
{
    QByteArray body;
    const int paragraphs = 1 + int(random.bounded(6));
    for (int p = 0; p < paragraphs; ++p)
        body += "The pump I bought in March stopped during the night and nobody answered the phone. "
                "I want to know what you will do about it, and when.\r\n\r\n";
    QByteArray m = "From: Customer " + QByteArray::number(i) + " <customer" + QByteArray::number(i) +
                   "@example.org>\r\nTo: support@example.com\r\nSubject: Complaint " + QByteArray::number(i) +
                   "\r\nMessage-ID: <bench-" + QByteArray::number(i) +
                   "@example.org>\r\nDate: Mon, 7 Dec 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n";
    if (random.bounded(10) == 0) {
        QByteArray data(8 * 1024 + int(random.bounded(32 * 1024)), 'x');
        for (char& c : data)
            c = char(random.bounded(256));
        m += "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n" +
             body + "--b\r\nContent-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n\r\n";
        const QByteArray b64 = data.toBase64();
        for (qsizetype at = 0; at < b64.size(); at += 76)
            m += b64.mid(at, 76) + "\r\n";
        m += "--b--\r\n";
    } else {
        m += "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body;
    }
    return m;
}

QString sourceDir()
{
    return QStringLiteral(REDRESS_SOURCE_DIR);
}

} // namespace

int runMailTransportBench(const BenchOptions& options)
{
    // The servers: the environment's, or our own for this run.
    QTemporaryDir own;
    QString root = qEnvironmentVariable("REDRESS_TEST_MAIL_ROOT");
    QUrl imapUrl(qEnvironmentVariable("REDRESS_TEST_IMAP"));
    QString password =
        qEnvironmentVariable("REDRESS_TEST_MAIL_PASSWORD", QStringLiteral("redress-throwaway"));
    const QString tool = sourceDir() + QStringLiteral("/tools/mail-throwaway");
    const QString serverDir = own.filePath(QStringLiteral("servers"));
    bool started = false;
    if (imapUrl.isEmpty()) {
        QFile::setPermissions(own.path(), QFile::permissions(own.path()) | QFile::ExeOther | QFile::ExeGroup);
        QProcess start;
        start.start(tool, {QStringLiteral("start"), serverDir});
        if (!start.waitForFinished(60'000) || start.exitCode() != 0) {
            say(QStringLiteral("the mail servers did not start: ") +
                QString::fromUtf8(start.readAllStandardError()));
            return 1;
        }
        started = true;
        for (const QByteArray& line : start.readAllStandardOutput().split('\n')) {
            const QString l = QString::fromUtf8(line);
            if (l.startsWith(QLatin1String("REDRESS_TEST_IMAP=")))
                imapUrl = QUrl(l.section(QLatin1Char('='), 1));
            else if (l.startsWith(QLatin1String("REDRESS_TEST_MAIL_ROOT=")))
                root = l.section(QLatin1Char('='), 1);
        }
    }
    const auto stop = qScopeGuard([&] {
        if (started)
            QProcess::execute(tool, {QStringLiteral("stop"), serverDir});
    });

    // A user of this run, its maildir filled as a delivery agent would.
    const QString user = QStringLiteral("bench%1").arg(QCoreApplication::applicationPid());
    const QString maildir = root + QStringLiteral("/mail/") + user + QStringLiteral("/Maildir");
    struct stat owner
    {
    };
    ::stat(QFile::encodeName(root + QStringLiteral("/mail")).constData(), &owner);
    const QStringList dirs{root + QStringLiteral("/mail/") + user, maildir, maildir + QStringLiteral("/cur"),
                           maildir + QStringLiteral("/new"), maildir + QStringLiteral("/tmp")};
    for (const QString& p : dirs) {
        QDir().mkpath(p);
        [[maybe_unused]] int ignored = ::chown(QFile::encodeName(p).constData(), owner.st_uid, owner.st_gid);
    }
    QRandomGenerator random(quint32(options.seed));
    qint64 totalBytes = 0;
    say(QStringLiteral("delivering %1 messages …").arg(kMessages));
    for (int i = 0; i < kMessages; ++i) {
        const QByteArray m = complaint(i, random);
        totalBytes += m.size();
        const QString path = maildir + QStringLiteral("/new/%1.bench").arg(i);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(m) != m.size()) {
            say(QStringLiteral("cannot write ") + path);
            return 1;
        }
        f.close();
        [[maybe_unused]] int ignored =
            ::chown(QFile::encodeName(path).constData(), owner.st_uid, owner.st_gid);
    }

    core::MailAccount account;
    account.imap = imapUrl;
    account.imap.setUserName(user);
    account.imap.setPath(QStringLiteral("/INBOX"));
    account.insecureLoopback = true;

    // Untimed: the server indexes the new folder once.
    qint64 uidValidity = 0;
    QList<qint64> uids;
    {
        core::ImapClient imap(account, password);
        auto state = imap.status();
        auto listed = imap.uidsFrom(1);
        if (!state || !listed) {
            say(QStringLiteral("the server did not answer: ") +
                (state ? listed.error() : state.error()).toString());
            return 1;
        }
        uidValidity = state->uidValidity;
        uids = *listed;
        if (uids.size() != kMessages) {
            say(QStringLiteral("the server lists %1 messages, not %2").arg(uids.size()).arg(kMessages));
            return 1;
        }
    }

    // curl's side: one process, one config file naming every URL, so one
    // connection and one login as ours.
    QTemporaryDir work;
    const QString config = work.filePath(QStringLiteral("curl.config"));
    {
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        QTextStream out(&f);
        out << "silent\nshow-error\nuser = \"" << user << ':' << password << "\"\n";
        const QString base =
            imapUrl.toString(QUrl::RemoveUserInfo | QUrl::RemovePath) + QStringLiteral("/INBOX");
        for (qint64 uid : std::as_const(uids))
            out << "url = \"" << base << ";UIDVALIDITY=" << uidValidity << "/;UID=" << uid
                << "\"\noutput = \"/dev/null\"\n";
    }

    const QString load = loadAverage();
    const CpuTicks before = CpuTicks::now();
    QList<double> ours, theirs, stored;
    qint64 fetched = 0;
    for (int run = 0; run < options.runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        {
            core::ImapClient imap(account, password);
            auto listed = imap.uidsFrom(1);
            if (!listed) {
                say(listed.error().toString());
                return 1;
            }
            fetched = 0;
            for (qint64 uid : std::as_const(*listed)) {
                auto m = imap.fetch(uidValidity, uid);
                if (!m) {
                    say(m.error().toString());
                    return 1;
                }
                fetched += m->size();
            }
        }
        ours << clock.nsecsElapsed() / 1e6;
        say(QStringLiteral("ImapClient run %1: %2 ms").arg(run + 1).arg(ours.last(), 0, 'f', 0));

        clock.restart();
        QProcess curl;
        curl.start(QStringLiteral("curl"), {QStringLiteral("-K"), config});
        if (!curl.waitForFinished(600'000) || curl.exitCode() != 0) {
            say(QStringLiteral("curl failed: ") + QString::fromUtf8(curl.readAllStandardError()));
            return 1;
        }
        theirs << clock.nsecsElapsed() / 1e6;
        say(QStringLiteral("curl run %1: %2 ms").arg(run + 1).arg(theirs.last(), 0, 'f', 0));

        {
            QTemporaryDir storeDir;
            auto db = core::Database::open(storeDir.filePath(QStringLiteral("bench.sqlite")));
            if (!db) {
                say(db.error().toString());
                return 1;
            }
            clock.restart();
            auto report = core::fetchMail(*db, 0, account, {password, password});
            stored << clock.nsecsElapsed() / 1e6;
            if (!report || report->newCases != kMessages) {
                say(report ? QStringLiteral("fetchMail opened %1 cases, not %2").arg(report->newCases).arg(kMessages)
                           : report.error().toString());
                return 1;
            }
            db->closeAll();
        }
        say(QStringLiteral("fetchMail into a store, run %1: %2 ms").arg(run + 1).arg(stored.last(), 0, 'f', 0));
    }
    const CpuTicks after = CpuTicks::now();
    if (fetched != totalBytes) {
        say(QStringLiteral("fetched %1 bytes, delivered %2").arg(fetched).arg(totalBytes));
        return 1;
    }

    const double a = median(ours), b = median(theirs), c = median(stored);
    QString out;
    QTextStream md(&out);
    md << "## Mail transport: 10,000 messages over IMAP\n\n";
    md << kMessages << " messages (" << QString::number(totalBytes / (1024.0 * 1024.0), 'f', 1)
       << " MiB; a tenth with an attachment) in one folder of a local dovecot, each fetched by UID with "
          "UIDVALIDITY checked. `ImapClient` (listing included) against the `curl` program fetching the "
          "same URLs from one config file (one process, one connection), alternating, median of "
       << options.runs << " runs each. Load average at the start " << load << "; other processes used "
       << QString::number(100 * CpuTicks::othersShare(before, after), 'f', 0)
       << "% of the machine during the run. Command: `" << options.commandLine << "`.\n\n";
    md << "| fetcher | median (ms) | messages/s |\n|---|--:|--:|\n";
    md << "| ImapClient | " << QString::number(a, 'f', 0) << " | "
       << QString::number(kMessages / (a / 1000), 'f', 0) << " |\n";
    md << "| curl | " << QString::number(b, 'f', 0) << " | "
       << QString::number(kMessages / (b / 1000), 'f', 0) << " |\n";
    md << "| fetchMail into a fresh store (parsed, stored, a case each) | " << QString::number(c, 'f', 0)
       << " | " << QString::number(kMessages / (c / 1000), 'f', 0) << " |\n\n";
    md << "ImapClient / curl: " << QString::number(b > 0 ? a / b : 0, 'f', 2)
       << "×. Fetched and stored / curl: " << QString::number(b > 0 ? c / b : 0, 'f', 2) << "× (aim: within 3×).\n";
    md.flush();
    return publish(out, options.markdown) ? 0 : 1;
}

} // namespace redress::bench
