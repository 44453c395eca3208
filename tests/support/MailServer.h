#pragma once

// The throwaway mail servers of tools/mail-throwaway, which tools/redress
// test starts and names in the environment (REDRESS_TEST_IMAP and the rest).
// Each MailServer is a user of its own there: its own maildir and its own
// recipients at the SMTP sink, so tests running in parallel never meet.

#include "core/mail/MailAccount.h"

#include <catch2/catch.hpp>

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>

#include <sys/stat.h>
#include <unistd.h>

namespace redress::test {

class MailServer
{
public:
    enum class Security
    {
        Plain,    ///< imap:// and smtp://, no TLS (the servers are on loopback)
        StartTls, ///< imap:// and smtp:// upgraded with STARTTLS, checked against the throwaway CA
        Tls,      ///< imaps:// and smtps://, checked against the throwaway CA
    };

    MailServer()
    {
        static QAtomicInteger<int> made;
        m_user =
            QStringLiteral("t%1-%2").arg(QCoreApplication::applicationPid()).arg(made.fetchAndAddRelaxed(1));
    }

    /// Whether the servers are there; without them a test skips (or fails
    /// when REDRESS_REQUIRE_MAIL is set), see REDRESS_NEED_MAIL_SERVER.
    static bool available() { return !qEnvironmentVariable("REDRESS_TEST_IMAP").isEmpty(); }

    QString user() const { return m_user; }
    static QString password()
    {
        const QString p = qEnvironmentVariable("REDRESS_TEST_MAIL_PASSWORD");
        return p.isEmpty() ? QStringLiteral("redress-throwaway") : p;
    }
    static QString caFile() { return qEnvironmentVariable("REDRESS_TEST_MAIL_CA"); }
    /// The servers' addresses: REDRESS_TEST_IMAP, _IMAPS, _SMTP, _SMTPS, _IMAP_CUT.
    static QUrl url(const char* name) { return QUrl(qEnvironmentVariable(name)); }

    /// An account of this user on the servers; `folder` the IMAP folder read.
    core::MailAccount account(Security security = Security::Plain,
                              const QString& folder = QStringLiteral("INBOX")) const
    {
        core::MailAccount a;
        a.imap = url(security == Security::Tls ? "REDRESS_TEST_IMAPS" : "REDRESS_TEST_IMAP");
        a.smtp = url(security == Security::Tls ? "REDRESS_TEST_SMTPS" : "REDRESS_TEST_SMTP");
        a.imap.setUserName(m_user);
        a.smtp.setUserName(m_user);
        a.imap.setPath(QLatin1Char('/') + folder);
        a.address = core::MailAddress{QStringLiteral("Support"), m_user + QStringLiteral("@example.com")};
        a.startTls = security == Security::StartTls;
        a.insecureLoopback = security == Security::Plain;
        if (security != Security::Plain)
            a.caFile = caFile();
        return a;
    }

    /// A recipient address at the SMTP sink, unique to this user. A prefix
    /// "reject" is refused for good (550), "later" for now (451), "drop"
    /// makes the sink close the connection.
    QString recipient(const QString& prefix = QStringLiteral("customer")) const
    {
        return prefix + QLatin1Char('-') + m_user + QStringLiteral("@example.com");
    }

    /// The messages the sink accepted for `recipient`, in the order received.
    QList<QByteArray> received(const QString& recipient) const
    {
        QList<QByteArray> messages;
        const QDir dir(root() + QStringLiteral("/sink/") + recipient.toLower());
        QStringList names = dir.entryList({QStringLiteral("*.eml")}, QDir::Files);
        const auto number = [](const QString& name) { return name.section(QLatin1Char('.'), 0, 0).toInt(); };
        std::sort(names.begin(), names.end(),
                  [&](const QString& a, const QString& b) { return number(a) < number(b); });
        for (const QString& name : names) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                messages.append(f.readAll());
        }
        return messages;
    }

    /// The user's maildir folder on the IMAP server (INBOX, or another one).
    QString maildir(const QString& folder = QStringLiteral("INBOX")) const
    {
        const QString home = root() + QStringLiteral("/mail/") + m_user + QStringLiteral("/Maildir");
        return folder.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0
                   ? home
                   : home + QStringLiteral("/.") + folder;
    }

    /// Delivers `message` into `folder` as a local delivery agent would (a
    /// file in tmp/ renamed into new/); the server gives it the next UID
    /// when it next looks. Files belong to the owner of the servers' mail.
    void deliver(const QByteArray& message, const QString& folder = QStringLiteral("INBOX")) const
    {
        const QString dir = maildir(folder);
        makeOwned(dir);
        static QAtomicInteger<qint64> n;
        const QString name = QStringLiteral("%1.R%2P%3.redress-test")
                                 .arg(QDateTime::currentSecsSinceEpoch())
                                 .arg(n.fetchAndAddRelaxed(1))
                                 .arg(QCoreApplication::applicationPid());
        const QString tmp = dir + QStringLiteral("/tmp/") + name;
        QFile f(tmp);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(message) == message.size());
        f.close();
        chownToMail(tmp);
        REQUIRE(QFile::rename(tmp, dir + QStringLiteral("/new/") + name));
    }

    /// The names of the folder's files the server has seen (cur/), with
    /// their flags after ":2," (S for \Seen).
    QStringList seenFiles(const QString& folder = QStringLiteral("INBOX")) const
    {
        return QDir(maildir(folder) + QStringLiteral("/cur")).entryList(QDir::Files);
    }

    static QString root() { return qEnvironmentVariable("REDRESS_TEST_MAIL_ROOT"); }

private:
    /// The folder with cur/, new/ and tmp/, owned like the servers' mail
    /// root (as root, the mail user's: dovecot never serves mail as root).
    void makeOwned(const QString& dir) const
    {
        const QString base = root() + QStringLiteral("/mail");
        for (const char* sub : {"cur", "new", "tmp"}) {
            const QString full = dir + QLatin1Char('/') + QLatin1String(sub);
            REQUIRE(QDir().mkpath(full));
            for (QString p = full; p.startsWith(base + QLatin1Char('/')); p = QFileInfo(p).path())
                chownToMail(p);
        }
    }
    static void chownToMail(const QString& path)
    {
        struct stat owner
        {
        };
        if (::stat(QFile::encodeName(root() + QStringLiteral("/mail")).constData(), &owner) != 0)
            return;
        [[maybe_unused]] const int ignored =
            ::chown(QFile::encodeName(path).constData(), owner.st_uid, owner.st_gid);
    }

    QString m_user;
};

} // namespace redress::test

/// At the top of a test that needs the mail servers: without them it warns
/// and returns, except under REDRESS_REQUIRE_MAIL (CI), where it fails.
#define REDRESS_NEED_MAIL_SERVER()                                                                           \
    do {                                                                                                     \
        if (!::redress::test::MailServer::available()) {                                                     \
            if (qEnvironmentVariableIsSet("REDRESS_REQUIRE_MAIL"))                                           \
                FAIL("no mail servers for the tests (REDRESS_TEST_IMAP is not set; tools/mail-throwaway)");  \
            WARN("skipped: no mail servers for the tests (REDRESS_TEST_IMAP is not set)");                   \
            return;                                                                                          \
        }                                                                                                    \
    } while (false)
