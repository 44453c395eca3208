#include "core/mail/MailTransport.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <curl/curl.h>

#include <algorithm>
#include <mutex>

namespace redress::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MailTransport)
};

constexpr long connectTimeoutSeconds = 15;
constexpr long stallSeconds = 60; ///< no byte for this long: the server is gone
constexpr qsizetype uidsPerCommand = 500;

void initCurlOnce()
{
    // curl_global_init is not thread-safe itself; every client passes here first.
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

/// An IMAP quoted string.
QByteArray quoted(const QString& text)
{
    QByteArray s = text.toUtf8();
    s.replace('\\', "\\\\");
    s.replace('"', "\\\"");
    return '"' + s + '"';
}

/// "1:3,7,9:12": the UIDs as an IMAP sequence set, ascending.
QByteArray sequenceSet(QList<qint64> uids)
{
    std::sort(uids.begin(), uids.end());
    QByteArray set;
    for (qsizetype i = 0; i < uids.size();) {
        qsizetype j = i;
        while (j + 1 < uids.size() && uids[j + 1] <= uids[j] + 1)
            ++j;
        if (!set.isEmpty())
            set += ',';
        set += QByteArray::number(uids[i]);
        if (uids[j] != uids[i])
            set += ':' + QByteArray::number(uids[j]);
        i = j + 1;
    }
    return set;
}

/// One libcurl easy handle and what a request leaves behind: the body, the
/// server's last reply line, libcurl's error text. Reused for every request
/// of its client, so the connection (and the login) is too.
class Connection
{
public:
    Connection(const MailAccount& account, QUrl url, const QString& password)
        : m_account(account), m_url(std::move(url)), m_password(password)
    {
        initCurlOnce();
        m_curl = curl_easy_init();
        const int defaultPort = [&] {
            const QString scheme = m_url.scheme();
            if (scheme == QLatin1String("imaps"))
                return 993;
            if (scheme == QLatin1String("imap"))
                return 143;
            if (scheme == QLatin1String("smtps"))
                return 465;
            return 25;
        }();
        m_server = m_url.host() + QLatin1Char(':') + QString::number(m_url.port(defaultPort));
        QUrl base = m_url;
        base.setUserInfo({});
        base.setPath({});
        base.setQuery(QString());
        base.setFragment(QString());
        m_base = base.toEncoded();
    }
    ~Connection()
    {
        if (m_curl)
            curl_easy_cleanup(m_curl);
        // The password leaves memory with the client.
        m_password.fill(QChar(0));
    }

    const QString& server() const { return m_server; }
    const QByteArray& base() const { return m_base; }
    QByteArray body;
    QByteArray lastLine; ///< the server's last reply line, for its words in messages
    long responseCode = 0;

    /// Runs one request to `url`; `setup` sets what is particular to it.
    CURLcode perform(const QByteArray& url, const std::function<void(CURL*)>& setup = {})
    {
        if (!m_curl)
            return CURLE_FAILED_INIT;
        CURL* c = m_curl;
        body.clear();
        lastLine.clear();
        truncated = false;
        m_closing = false;
        responseCode = 0;
        m_error[0] = 0;
        const QByteArray user = m_url.userName().toUtf8();
        const QByteArray password = m_password.toUtf8();
        curl_easy_setopt(c, CURLOPT_URL, url.constData());
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, password.constData());
        curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, connectTimeoutSeconds);
        curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, stallSeconds);
        curl_easy_setopt(c, CURLOPT_ERRORBUFFER, m_error);
        // A reply line longer than the buffer is cut (uidsFrom then asks in
        // windows); 1 MiB holds ~95,000 UIDs and means fewer reads per message.
        curl_easy_setopt(c, CURLOPT_BUFFERSIZE, 1024L * 1024L);
        curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, &Connection::write);
        curl_easy_setopt(c, CURLOPT_WRITEDATA, this);
        // The debug callback is how the server's own words are kept; only what
        // comes in is looked at, so the login never passes through it.
        curl_easy_setopt(c, CURLOPT_DEBUGFUNCTION, &Connection::debug);
        curl_easy_setopt(c, CURLOPT_DEBUGDATA, this);
        curl_easy_setopt(c, CURLOPT_VERBOSE, 1L);
        const bool plainScheme =
            m_url.scheme() == QLatin1String("imap") || m_url.scheme() == QLatin1String("smtp");
        curl_easy_setopt(c, CURLOPT_USE_SSL,
                         plainScheme && m_account.startTls ? long(CURLUSESSL_ALL) : long(CURLUSESSL_NONE));
        const bool unchecked = m_account.insecureLoopback && isLoopbackHost(m_url.host());
        curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, unchecked ? 0L : 1L);
        curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, unchecked ? 0L : 2L);
        const QByteArray ca = m_account.caFile.toLocal8Bit();
        if (!ca.isEmpty())
            curl_easy_setopt(c, CURLOPT_CAINFO, ca.constData());
        // Whatever the last request set, this one starts plain.
        curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, nullptr);
        curl_easy_setopt(c, CURLOPT_UPLOAD, 0L);
        curl_easy_setopt(c, CURLOPT_MAIL_RCPT, nullptr);
        curl_easy_setopt(c, CURLOPT_MAIL_FROM, nullptr);
        if (setup)
            setup(c);
        const CURLcode rc = curl_easy_perform(c);
        curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &responseCode);
        curl_easy_setopt(c, CURLOPT_PASSWORD, "");
        return rc;
    }

    QString curlText(CURLcode rc) const
    {
        return m_error[0] ? QString::fromUtf8(m_error) : QString::fromUtf8(curl_easy_strerror(rc));
    }
    QString serverWords() const { return QString::fromUtf8(lastLine); }

    /// The error for a failed request: the server's words when it said any.
    Error error(CURLcode rc, const QString& what) const
    {
        const QString detail = lastLine.isEmpty()
                                   ? curlText(rc)
                                   : curlText(rc) + QStringLiteral("; the server said: ") + serverWords();
        const QString user = m_url.userName();
        switch (rc) {
        case CURLE_LOGIN_DENIED:
            return Error::make(
                Error::Code::Unavailable,
                Tr::tr("The mail server %1 refused the password for user %2.").arg(m_server, user), detail);
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_COULDNT_CONNECT:
        case CURLE_OPERATION_TIMEDOUT:
            return Error::make(Error::Code::Unavailable,
                               Tr::tr("The mail server %1 cannot be reached.").arg(m_server), detail);
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_SSL_ISSUER_ERROR:
        case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
            return Error::make(
                Error::Code::Unavailable,
                Tr::tr("The certificate of the mail server %1 cannot be trusted, so Redress did "
                       "not log in.")
                    .arg(m_server),
                detail);
        case CURLE_SSL_CONNECT_ERROR:
            return Error::make(Error::Code::Unavailable,
                               Tr::tr("The secure connection to the mail server %1 failed.").arg(m_server),
                               detail);
        case CURLE_USE_SSL_FAILED:
            return Error::make(Error::Code::Unavailable,
                               Tr::tr("The mail server %1 does not offer STARTTLS, which this account "
                                      "requires.")
                                   .arg(m_server),
                               detail);
        case CURLE_RECV_ERROR:
        case CURLE_SEND_ERROR:
        case CURLE_PARTIAL_FILE:
        case CURLE_GOT_NOTHING:
        case CURLE_WEIRD_SERVER_REPLY:
            return Error::make(Error::Code::Unavailable,
                               Tr::tr("The mail server %1 dropped the connection (%2).").arg(m_server, what),
                               detail);
        default:
            return Error::make(Error::Code::Io,
                               Tr::tr("The mail server %1 could not %2.").arg(m_server, what), detail);
        }
    }

private:
    static size_t write(char* data, size_t size, size_t count, void* self)
    {
        static_cast<Connection*>(self)->body.append(data, qsizetype(size * count));
        return size * count;
    }
    static int debug(CURL*, curl_infotype type, char* data, size_t size, void* self)
    {
        auto* c = static_cast<Connection*>(self);
        const QByteArrayView view(data, qsizetype(size));
        switch (type) {
        case CURLINFO_HEADER_OUT:
            // Only to know that what follows is the goodbye, not the answer.
            // What goes out (the login among it) is never kept.
            if (view.startsWith("QUIT") || view.contains(" LOGOUT"))
                c->m_closing = true;
            break;
        case CURLINFO_HEADER_IN:
            if (!c->m_closing) {
                const QByteArray line = view.trimmed().toByteArray();
                if (!line.isEmpty())
                    c->lastLine = line.left(1000);
            }
            break;
        case CURLINFO_TEXT:
            if (view.contains("Excessive server response line length"))
                c->truncated = true;
            break;
        default: break;
        }
        return 0;
    }
    bool m_closing = false;

public:
    /// A reply line was longer than libcurl's buffer and cut: its list is incomplete.
    bool truncated = false;

private:
    const MailAccount& m_account;
    QUrl m_url;
    QString m_password;
    QString m_server;
    QByteArray m_base;
    CURL* m_curl = nullptr;
    char m_error[CURL_ERROR_SIZE] = {};
};

/// Feeds an upload from a byte array.
struct Upload
{
    const QByteArray& data;
    qsizetype at = 0;

    static size_t read(char* buffer, size_t size, size_t count, void* self)
    {
        auto* u = static_cast<Upload*>(self);
        const qsizetype n = std::min<qsizetype>(qsizetype(size * count), u->data.size() - u->at);
        memcpy(buffer, u->data.constData() + u->at, size_t(n));
        u->at += n;
        return size_t(n);
    }
    void setUp(CURL* c)
    {
        curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(c, CURLOPT_READFUNCTION, &Upload::read);
        curl_easy_setopt(c, CURLOPT_READDATA, this);
        curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, curl_off_t(data.size()));
    }
};

/// A folder as the last part of an imap:// URL (libcurl decodes it).
QByteArray folderPath(const QString& folder)
{
    return QUrl::toPercentEncoding(folder, "/");
}

} // namespace

// ---------------------------------------------------------------- IMAP

struct ImapClient::Private
{
    MailAccount account;
    Connection connection;

    Private(MailAccount a, const QString& password)
        : account(std::move(a)), connection(account, account.imap, password)
    {
    }
    QByteArray folderUrl(const QString& folder) const { return connection.base() + '/' + folderPath(folder); }
    /// A command in the selected account folder; its untagged replies in connection.body.
    Status command(const QString& folder, const QByteArray& line, const QString& what)
    {
        const CURLcode rc = connection.perform(folderUrl(folder), [&](CURL* c) {
            curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, line.constData());
        });
        if (rc != CURLE_OK)
            return std::unexpected(connection.error(rc, what));
        return {};
    }
};

ImapClient::ImapClient(MailAccount account, QString password)
    : d(std::make_unique<Private>(std::move(account), password))
{
}

ImapClient::~ImapClient() = default;

Result<ImapClient::FolderState> ImapClient::status()
{
    const QString folder = d->account.folder();
    const QByteArray line = "STATUS " + quoted(folder) + " (UIDVALIDITY UIDNEXT MESSAGES)";
    // No folder in the URL: STATUS of a selected folder is not allowed everywhere.
    const CURLcode rc = d->connection.perform(d->connection.base() + '/', [&](CURL* c) {
        curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, line.constData());
    });
    if (rc != CURLE_OK)
        return std::unexpected(d->connection.error(rc, Tr::tr("report the state of folder %1").arg(folder)));
    FolderState state;
    bool validity = false, next = false;
    static const QRegularExpression item(QStringLiteral("\\b(UIDVALIDITY|UIDNEXT|MESSAGES) (\\d+)"));
    const QString text = QString::fromLatin1(d->connection.body);
    for (auto it = item.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const qint64 value = m.captured(2).toLongLong();
        if (m.captured(1) == QLatin1String("UIDVALIDITY"))
            state.uidValidity = value, validity = true;
        else if (m.captured(1) == QLatin1String("UIDNEXT"))
            state.uidNext = value, next = true;
        else
            state.messages = value;
    }
    if (!validity || !next)
        return fail(Error::Code::Io,
                    Tr::tr("The mail server %1 did not report the state of folder %2.")
                        .arg(d->connection.server(), folder),
                    QString::fromUtf8(d->connection.body.left(500)));
    return state;
}

Result<QList<qint64>> ImapClient::uidsFrom(qint64 firstUid)
{
    const QString folder = d->account.folder();
    const QString what = Tr::tr("list the messages in folder %1").arg(folder);
    firstUid = std::max<qint64>(firstUid, 1);
    QList<qint64> uids;
    auto search = [&](qint64 from, qint64 to) -> Status {
        const QByteArray range = QByteArray::number(from) + ':' + (to > 0 ? QByteArray::number(to) : "*");
        if (auto ok = d->command(folder, "UID SEARCH UID " + range, what); !ok)
            return ok;
        if (d->connection.truncated)
            return fail(
                Error::Code::Io,
                Tr::tr("The mail server %1 sent a list too long to read.").arg(d->connection.server()));
        for (const QByteArray& line : d->connection.body.split('\n')) {
            const QByteArray l = line.trimmed();
            if (!l.startsWith("* SEARCH"))
                continue;
            for (const QByteArray& word : l.mid(8).split(' ')) {
                bool ok = false;
                const qint64 uid = word.toLongLong(&ok);
                // n:* always matches the highest UID, even one below n.
                if (ok && uid >= from && (to <= 0 || uid <= to))
                    uids.append(uid);
            }
        }
        return {};
    };
    // A NOOP first: the server looks for new mail at its end, and a SEARCH
    // alone on the folder already selected would not see what arrived since.
    if (auto ok = d->command(folder, "NOOP", what); !ok)
        return std::unexpected(ok.error());
    auto whole = search(firstUid, 0);
    if (!whole && d->connection.truncated) {
        // Too many for one reply line: windows of UIDs, up to UIDNEXT, then the rest.
        uids.clear();
        auto state = status();
        if (!state)
            return std::unexpected(state.error());
        constexpr qint64 window = 20000; // at most ~11 bytes each: well inside libcurl's buffer
        qint64 from = firstUid;
        for (; from < state->uidNext; from += window)
            if (auto ok = search(from, from + window - 1); !ok)
                return std::unexpected(ok.error());
        if (auto ok = search(from, 0); !ok)
            return std::unexpected(ok.error());
    } else if (!whole) {
        return std::unexpected(whole.error());
    }
    std::sort(uids.begin(), uids.end());
    uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
    return uids;
}

Result<QByteArray> ImapClient::fetch(qint64 uidValidity, qint64 uid)
{
    const QString folder = d->account.folder();
    // libcurl compares UIDVALIDITY with the folder's and refuses on a change.
    const QByteArray url = d->folderUrl(folder) + ";UIDVALIDITY=" + QByteArray::number(uidValidity) +
                           "/;UID=" + QByteArray::number(uid);
    const CURLcode rc = d->connection.perform(url);
    if (rc == CURLE_REMOTE_FILE_NOT_FOUND)
        return fail(Error::Code::NotFound,
                    Tr::tr("Message %1 is no longer in folder %2 on %3 (the folder changed).")
                        .arg(uid)
                        .arg(folder, d->connection.server()),
                    d->connection.curlText(rc));
    if (rc != CURLE_OK) {
        d->connection.body.clear(); // never half a message
        return std::unexpected(
            d->connection.error(rc, Tr::tr("fetch message %1 of folder %2").arg(uid).arg(folder)));
    }
    return std::exchange(d->connection.body, {});
}

Status ImapClient::markStored(const QList<qint64>& uids)
{
    const QString folder = d->account.folder();
    const QString done = d->account.doneFolder;
    for (qsizetype i = 0; i < uids.size(); i += uidsPerCommand) {
        const QByteArray set = sequenceSet(uids.mid(i, uidsPerCommand));
        if (done.isEmpty()) {
            if (auto ok = d->command(folder, "UID STORE " + set + " +FLAGS.SILENT (\\Seen)",
                                     Tr::tr("flag messages as read in folder %1").arg(folder));
                !ok)
                return ok;
            continue;
        }
        const QByteArray move = "UID MOVE " + set + ' ' + quoted(done);
        const QString what = Tr::tr("move messages from folder %1 to %2").arg(folder, done);
        auto moved = d->command(folder, move, what);
        if (!moved && moved.error().code == Error::Code::Io && d->connection.lastLine.contains("TRYCREATE")) {
            // The done folder does not exist yet: made once, then the move again.
            if (auto made =
                    d->command(folder, "CREATE " + quoted(done), Tr::tr("create folder %1").arg(done));
                !made)
                return made;
            moved = d->command(folder, move, what);
        }
        if (!moved)
            return moved;
    }
    return {};
}

Status ImapClient::append(const QString& folder, const QByteArray& message)
{
    Upload upload{message};
    const CURLcode rc = d->connection.perform(d->folderUrl(folder), [&](CURL* c) { upload.setUp(c); });
    if (rc != CURLE_OK)
        return std::unexpected(d->connection.error(rc, Tr::tr("add a message to folder %1").arg(folder)));
    return {};
}

// ---------------------------------------------------------------- SMTP

struct SmtpClient::Private
{
    MailAccount account;
    Connection connection;

    Private(MailAccount a, const QString& password)
        : account(std::move(a)), connection(account, account.smtp, password)
    {
    }
};

SmtpClient::SmtpClient(MailAccount account, QString password)
    : d(std::make_unique<Private>(std::move(account), password))
{
}

SmtpClient::~SmtpClient() = default;

Result<SmtpClient::Reply> SmtpClient::send(const QStringList& recipients, const QByteArray& message)
{
    if (recipients.isEmpty())
        return fail(Error::Code::InvalidInput, Tr::tr("A message needs at least one recipient."));
    const QByteArray from = '<' + d->account.address.address.toUtf8() + '>';
    curl_slist* rcpt = nullptr;
    for (const QString& r : recipients)
        rcpt = curl_slist_append(rcpt, QByteArray('<' + r.trimmed().toUtf8() + '>').constData());
    Upload upload{message};
    const CURLcode rc = d->connection.perform(d->connection.base(), [&](CURL* c) {
        curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
        curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt);
        upload.setUp(c);
    });
    curl_slist_free_all(rcpt);

    Reply reply;
    reply.code = int(d->connection.responseCode);
    QString words = d->connection.serverWords();
    // "550 5.1.1 No such user" or "550-…": the words after the code.
    static const QRegularExpression code(QStringLiteral("^\\d{3}[ -]?"));
    words.remove(code);
    if (rc == CURLE_OK) {
        reply.accepted = true;
        reply.text = words;
        return reply;
    }
    if (rc != CURLE_LOGIN_DENIED && reply.code >= 400 && reply.code < 600) {
        reply.permanent = reply.code >= 500;
        reply.text = words.isEmpty() ? d->connection.curlText(rc) : words;
        return reply;
    }
    return std::unexpected(d->connection.error(rc, Tr::tr("take the message")));
}

} // namespace redress::core
