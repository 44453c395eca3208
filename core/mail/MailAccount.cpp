#include "core/mail/MailAccount.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace redress::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MailAccount)
};

/// Checks one server URL; `schemes` are the plain and the TLS scheme.
Status checkServer(const QUrl& url, const QString& field, const QString& text, const QString& plain,
                   const QString& tls, bool startTls, bool insecureLoopback)
{
    if (text.trimmed().isEmpty())
        return invalid(
            field, Tr::tr("%1: the server's address is missing (%2://USER@HOST[:PORT])").arg(field, plain));
    if (!url.isValid())
        return invalid(field,
                       Tr::tr("%1: \"%2\" is not a valid address (%3)").arg(field, text, url.errorString()));
    const QString scheme = url.scheme().toLower();
    if (scheme != plain && scheme != tls)
        return invalid(field, Tr::tr("%1: the scheme must be %2 or %3").arg(field, plain, tls));
    if (url.host().isEmpty())
        return invalid(field, Tr::tr("%1: the server's host name is missing").arg(field));
    if (url.userName().isEmpty())
        return invalid(field, Tr::tr("%1: the user name is missing (%2://USER@HOST)").arg(field, plain));
    if (!url.password().isEmpty())
        return invalid(field, Tr::tr("%1: the password does not belong in the address; it is kept in the "
                                     "keyring, the environment or a password file")
                                  .arg(field));
    if (url.port() == 0)
        return invalid(field, Tr::tr("%1: the port must be between 1 and 65535").arg(field));
    const bool loopback = isLoopbackHost(url.host());
    if (insecureLoopback && !loopback)
        return invalid(QStringLiteral("insecureLoopback"),
                       Tr::tr("%1: %2 is not on this machine; unchecked connections are allowed only to a "
                              "server on the loopback interface")
                           .arg(field, url.host()));
    if (scheme == plain && !startTls && !insecureLoopback && !loopback)
        return invalid(field, Tr::tr("%1: %2 is reached over the network, so it needs TLS: use %3:// or "
                                     "STARTTLS")
                                  .arg(field, url.host(), tls));
    return {};
}

/// "Name <local@domain>", "\"Name, Team\" <local@domain>" or the address alone.
Result<MailAddress> parseAddress(const QString& text)
{
    const QString field = QStringLiteral("address");
    QString trimmed = text.trimmed();
    MailAddress result;
    QString address = trimmed;
    const qsizetype open = trimmed.lastIndexOf(QLatin1Char('<'));
    if (open >= 0) {
        if (!trimmed.endsWith(QLatin1Char('>')))
            return invalid(field, Tr::tr("address: \"%1\" has a '<' without its closing '>'").arg(text));
        address = trimmed.mid(open + 1, trimmed.size() - open - 2).trimmed();
        QString name = trimmed.left(open).trimmed();
        if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
            name = name.mid(1, name.size() - 2).replace(QLatin1String("\\\""), QLatin1String("\""));
        result.name = name;
    }
    if (address.isEmpty())
        return invalid(field, Tr::tr("address: the mail address is missing (\"Name <user@example.com>\")"));
    static const QRegularExpression shape(QStringLiteral(
        R"(^([^\s@<>()\[\],;:"]+)@([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*)$)"));
    const QRegularExpressionMatch m = shape.match(address);
    if (!m.hasMatch())
        return invalid(field,
                       Tr::tr("address: \"%1\" is not a mail address (user@example.com)").arg(address));
    if (result.name.contains(QLatin1Char('\n')) || result.name.contains(QLatin1Char('\r')))
        return invalid(field, Tr::tr("address: the name must be on one line"));
    result.address = m.captured(1) + QLatin1Char('@') + m.captured(2).toLower();
    return result;
}

} // namespace

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || host == QLatin1String("::1") ||
        host == QLatin1String("[::1]"))
        return true;
    static const QRegularExpression v4(QStringLiteral("^127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
    return v4.match(host).hasMatch();
}

QString MailAccount::folder() const
{
    QString path = imap.path(QUrl::FullyDecoded);
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path.isEmpty() ? QStringLiteral("INBOX") : path;
}

Result<MailAccount> MailAccount::from(const QString& imap, const QString& smtp, const QString& address,
                                      bool startTls, bool insecureLoopback)
{
    MailAccount account;
    account.imap = QUrl(imap.trimmed(), QUrl::StrictMode);
    account.smtp = QUrl(smtp.trimmed(), QUrl::StrictMode);
    account.startTls = startTls;
    account.insecureLoopback = insecureLoopback;
    if (auto ok = checkServer(account.imap, QStringLiteral("imap"), imap, QStringLiteral("imap"),
                              QStringLiteral("imaps"), startTls, insecureLoopback);
        !ok)
        return std::unexpected(ok.error());
    static const QRegularExpression control(QStringLiteral("[\\x00-\\x1f\\x7f\"\\\\*%]"));
    const QString folder = account.folder();
    if (folder.contains(control))
        return invalid(
            QStringLiteral("imap"),
            Tr::tr("imap: the folder \"%1\" has a character IMAP folder names cannot have").arg(folder));
    if (auto ok = checkServer(account.smtp, QStringLiteral("smtp"), smtp, QStringLiteral("smtp"),
                              QStringLiteral("smtps"), startTls, insecureLoopback);
        !ok)
        return std::unexpected(ok.error());
    const QString smtpPath = account.smtp.path();
    if (!smtpPath.isEmpty() && smtpPath != QLatin1String("/"))
        return invalid(QStringLiteral("smtp"),
                       Tr::tr("smtp: an SMTP address has no folder (\"%1\")").arg(smtpPath));
    auto parsed = parseAddress(address);
    if (!parsed)
        return std::unexpected(parsed.error());
    account.address = *parsed;
    account.imap.setScheme(account.imap.scheme().toLower());
    account.smtp.setScheme(account.smtp.scheme().toLower());
    return account;
}

Result<MailSecrets> MailSecrets::fromEnvironment(const QString& passwordFile)
{
    MailSecrets secrets;
    if (passwordFile.isEmpty()) {
        secrets.imapPassword = qEnvironmentVariable("REDRESS_IMAP_PASSWORD");
        secrets.smtpPassword = qEnvironmentVariable("REDRESS_SMTP_PASSWORD");
        if (secrets.imapPassword.isEmpty())
            return fail(Error::Code::InvalidInput,
                        Tr::tr("No mail password: set REDRESS_IMAP_PASSWORD (and REDRESS_SMTP_PASSWORD when "
                               "the SMTP password differs) or name a file with --password-file."));
        if (secrets.smtpPassword.isEmpty())
            secrets.smtpPassword = secrets.imapPassword;
        return secrets;
    }
    const QFileInfo info(passwordFile);
    if (!info.exists())
        return fail(Error::Code::NotFound, Tr::tr("The password file %1 does not exist.").arg(passwordFile));
    if (!info.isFile())
        return fail(Error::Code::InvalidInput,
                    Tr::tr("The password file %1 is not a regular file.").arg(passwordFile));
    if (info.permissions() & (QFile::ReadGroup | QFile::ReadOther))
        return fail(Error::Code::InvalidInput,
                    Tr::tr("The password file %1 can be read by other users; make it private first "
                           "(chmod 600 %1).")
                        .arg(passwordFile));
    QFile file(passwordFile);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io,
                    Tr::tr("The password file %1 cannot be read: %2").arg(passwordFile, file.errorString()));
    const QList<QByteArray> lines = file.read(64 * 1024).split('\n');
    auto line = [&](qsizetype i) {
        QByteArray l = i < lines.size() ? lines[i] : QByteArray();
        if (l.endsWith('\r'))
            l.chop(1);
        return QString::fromUtf8(l);
    };
    secrets.imapPassword = line(0);
    secrets.smtpPassword = line(1);
    if (secrets.imapPassword.isEmpty())
        return fail(
            Error::Code::InvalidInput,
            Tr::tr("The password file %1 is empty; its first line is the IMAP password.").arg(passwordFile));
    if (secrets.smtpPassword.isEmpty())
        secrets.smtpPassword = secrets.imapPassword;
    return secrets;
}

} // namespace redress::core
