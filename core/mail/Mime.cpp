// GLib names a struct member "signals", which Qt defines as a keyword: GMime comes first.
#include <gmime/gmime.h>

#include "core/mail/Mime.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>

#include <memory>
#include <mutex>

namespace redress::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::Mime)
};

void initGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

/// Owns a GObject reference.
template <typename T> struct GObjectDeleter
{
    void operator()(T* p) const
    {
        if (p)
            g_object_unref(p);
    }
};
template <typename T> using GPtr = std::unique_ptr<T, GObjectDeleter<T>>;

QString fromC(const char* s)
{
    return s ? QString::fromUtf8(s) : QString();
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    (void)decoder.decode(bytes);
    return !decoder.hasError();
}

/// Bytes in `charset` (GMime's iconv, which knows the aliases mail programs
/// use) as text; undeclared or unknown charsets: UTF-8 when the bytes are
/// valid UTF-8, windows-1252 otherwise.
QString decodeText(const QByteArray& bytes, const char* charset)
{
    const auto convert = [&bytes](const char* from) -> std::optional<QString> {
        iconv_t cd = g_mime_iconv_open("UTF-8", from);
        if (cd == reinterpret_cast<iconv_t>(-1))
            return std::nullopt;
        char* out = g_mime_iconv_strndup(cd, bytes.constData(), size_t(bytes.size()));
        g_mime_iconv_close(cd);
        if (!out)
            return std::nullopt;
        QString s = QString::fromUtf8(out);
        g_free(out);
        return s;
    };
    if (bytes.isEmpty())
        return {};
    if (charset && *charset) {
        const QByteArray name = QByteArray(charset).toLower();
        if (name == "utf-8" || name == "utf8" || name == "us-ascii" || name == "ascii") {
            if (isValidUtf8(bytes))
                return QString::fromUtf8(bytes);
        } else if (auto s = convert(charset)) {
            return *s;
        }
    }
    if (isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    if (auto s = convert("windows-1252"))
        return *s;
    return QString::fromLatin1(bytes);
}

QByteArray streamBytes(GMimeStream* stream)
{
    GByteArray* array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream));
    return QByteArray(reinterpret_cast<const char*>(array->data), qsizetype(array->len));
}

/// The decoded content of a leaf part (base64, quoted-printable, uuencode
/// undone by GMime).
QByteArray partContent(GMimePart* part)
{
    GMimeDataWrapper* content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GPtr<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, stream.get());
    return streamBytes(stream.get());
}

QString normaliseNewlines(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

/// Text without trailing spaces at its end and blank lines around it.
QString trimBlankLines(const QString& text)
{
    qsizetype start = 0;
    qsizetype lineStart = 0;
    // Drop whole blank lines at the top, keep a first line's indentation.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            start = i + 1;
            lineStart = start;
        } else if (!c.isSpace()) {
            start = lineStart;
            break;
        }
    }
    qsizetype end = text.size();
    while (end > start && text.at(end - 1).isSpace())
        --end;
    return text.mid(start, end - start);
}

MailAddress toAddress(InternetAddressMailbox* mailbox)
{
    MailAddress a;
    a.name = fromC(internet_address_get_name(INTERNET_ADDRESS(mailbox))).trimmed();
    QString addr = fromC(internet_address_mailbox_get_addr(mailbox)).trimmed();
    const qsizetype at = addr.lastIndexOf(QLatin1Char('@'));
    if (at >= 0)
        addr = addr.left(at + 1) + addr.mid(at + 1).toLower();
    a.address = addr;
    // Some programs repeat the address as the name; it says nothing more.
    if (a.name.compare(a.address, Qt::CaseInsensitive) == 0)
        a.name.clear();
    return a;
}

void collectAddresses(InternetAddressList* list, QList<MailAddress>& out)
{
    if (!list)
        return;
    const int n = internet_address_list_length(list);
    for (int i = 0; i < n; ++i) {
        InternetAddress* ia = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(ia)) {
            MailAddress a = toAddress(INTERNET_ADDRESS_MAILBOX(ia));
            if (!a.isEmpty())
                out.append(a);
        } else if (INTERNET_ADDRESS_IS_GROUP(ia)) {
            collectAddresses(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(ia)), out);
        }
    }
}

MailAddress firstAddress(InternetAddressList* list)
{
    QList<MailAddress> all;
    collectAddresses(list, all);
    return all.isEmpty() ? MailAddress{} : all.first();
}

QStringList messageIds(const char* header)
{
    QStringList ids;
    if (!header)
        return ids;
    GMimeReferences* refs = g_mime_references_parse(nullptr, header);
    if (!refs)
        return ids;
    const int n = g_mime_references_length(refs);
    for (int i = 0; i < n; ++i) {
        const QString id = fromC(g_mime_references_get_message_id(refs, i)).trimmed();
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    g_mime_references_free(refs);
    return ids;
}

QString header(GMimeObject* object, const char* name)
{
    return fromC(g_mime_object_get_header(object, name)).trimmed();
}

bool isType(GMimeObject* object, const char* type, const char* subtype)
{
    GMimeContentType* ct = g_mime_object_get_content_type(object);
    return ct && g_mime_content_type_is_type(ct, type, subtype);
}

QString mimeTypeOf(GMimeObject* object)
{
    GMimeContentType* ct = g_mime_object_get_content_type(object);
    if (!ct)
        return QStringLiteral("application/octet-stream");
    char* type = g_mime_content_type_get_mime_type(ct);
    const QString s = fromC(type).toLower();
    g_free(type);
    return s;
}

bool isAttachmentDisposition(GMimeObject* object)
{
    GMimeContentDisposition* disposition = g_mime_object_get_content_disposition(object);
    return disposition && g_mime_content_disposition_is_attachment(disposition);
}

QString extensionFor(const QString& mimeType)
{
    static const QList<std::pair<const char*, const char*>> known = {
        {"application/pdf", "pdf"},    {"image/jpeg", "jpg"},      {"image/png", "png"},
        {"image/gif", "gif"},          {"text/plain", "txt"},      {"text/html", "html"},
        {"message/rfc822", "eml"},     {"application/zip", "zip"}, {"text/calendar", "ics"},
        {"application/msword", "doc"}, {"image/webp", "webp"},
    };
    for (const auto& [type, ext] : known) {
        if (mimeType == QLatin1String(type))
            return QString::fromLatin1(ext);
    }
    return QStringLiteral("bin");
}

QDateTime fromGDateTime(GDateTime* date)
{
    if (!date)
        return {};
    const qint64 secs = g_date_time_to_unix(date);
    const int offset = int(g_date_time_get_utc_offset(date) / G_TIME_SPAN_SECOND);
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone(offset));
}

/// Takes the MIME tree apart into text and attachments.
class Walker
{
public:
    Walker(ParsedMail& mail, qint64 cap) : m_mail(mail), m_cap(cap) {}

    void body(GMimeObject* object, int depth = 0)
    {
        // Nesting beyond any real message's is a crafted one; stop there.
        if (!object || depth > 40)
            return;
        if (GMIME_IS_MESSAGE_PART(object)) {
            GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
            if (inner)
                forwarded(inner, depth);
            return;
        }
        if (GMIME_IS_MULTIPART(object)) {
            multipart(GMIME_MULTIPART(object), depth);
            return;
        }
        if (GMIME_IS_PART(object))
            leaf(GMIME_PART(object));
    }

    /// The Message-IDs of returned messages, for a bounce.
    QStringList returnedIds;
    bool deliveryStatus = false;

private:
    void multipart(GMimeMultipart* multipart, int depth)
    {
        GMimeObject* self = GMIME_OBJECT(multipart);
        const int count = g_mime_multipart_get_count(multipart);
        if (isType(self, "multipart", "alternative")) {
            // The plain version is what the sender wrote; HTML only when there is none.
            GMimeObject* chosen = nullptr;
            for (const char* want : {"plain", "html"}) {
                for (int i = 0; i < count && !chosen; ++i) {
                    GMimeObject* child = g_mime_multipart_get_part(multipart, i);
                    if (isType(child, "text", want) && !isAttachmentDisposition(child) &&
                        !partContent(GMIME_PART(child)).trimmed().isEmpty())
                        chosen = child;
                }
            }
            for (int i = 0; i < count && !chosen; ++i) {
                GMimeObject* child = g_mime_multipart_get_part(multipart, i);
                if (GMIME_IS_MULTIPART(child))
                    chosen = child;
            }
            if (!chosen && count > 0)
                chosen = g_mime_multipart_get_part(multipart, 0);
            body(chosen, depth + 1);
            // Parts inside the other alternatives' related groups are the
            // HTML's pictures; keep them as inline attachments.
            for (int i = 0; i < count; ++i) {
                GMimeObject* child = g_mime_multipart_get_part(multipart, i);
                if (child != chosen && GMIME_IS_MULTIPART(child))
                    resourcesOnly(GMIME_MULTIPART(child), depth + 1);
            }
            return;
        }
        if (isType(self, "multipart", "related")) {
            for (int i = 0; i < count; ++i) {
                GMimeObject* child = g_mime_multipart_get_part(multipart, i);
                if (i == 0)
                    body(child, depth + 1);
                else if (GMIME_IS_PART(child))
                    attachment(GMIME_PART(child), true);
                else
                    body(child, depth + 1);
            }
            return;
        }
        if (isType(self, "multipart", "report")) {
            const QString reportType = fromC(g_mime_object_get_content_type_parameter(self, "report-type"));
            if (reportType.compare(QLatin1String("delivery-status"), Qt::CaseInsensitive) == 0)
                deliveryStatus = true;
        }
        for (int i = 0; i < count; ++i) {
            GMimeObject* child = g_mime_multipart_get_part(multipart, i);
            if (isType(child, "message", "delivery-status"))
                deliveryStatus = true;
            if ((isType(child, "text", "rfc822-headers") || isType(child, "message", "rfc822-headers")) &&
                GMIME_IS_PART(child)) {
                returnedIds.append(idsFromHeaders(partContent(GMIME_PART(child))));
                continue;
            }
            if (GMIME_IS_MESSAGE_PART(child)) {
                GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(child));
                if (inner) {
                    const QString id = fromC(g_mime_message_get_message_id(inner));
                    if (!id.isEmpty())
                        m_innerIds.append(id);
                }
            }
            body(child, depth + 1);
        }
    }

    void resourcesOnly(GMimeMultipart* multipart, int depth)
    {
        if (depth > 40)
            return;
        const int count = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < count; ++i) {
            GMimeObject* child = g_mime_multipart_get_part(multipart, i);
            if (GMIME_IS_MULTIPART(child))
                resourcesOnly(GMIME_MULTIPART(child), depth + 1);
            else if (GMIME_IS_PART(child) && !isType(child, "text", "*"))
                attachment(GMIME_PART(child), true);
        }
    }

    void leaf(GMimePart* part)
    {
        GMimeObject* object = GMIME_OBJECT(part);
        const bool named = g_mime_part_get_filename(part) != nullptr;
        const bool textual = isType(object, "text", "plain") || isType(object, "text", "html") ||
                             isType(object, "message", "delivery-status") ||
                             isType(object, "text", "enriched");
        // A part without a Content-Type is text/plain by definition.
        if (textual && !isAttachmentDisposition(object) && !(named && isType(object, "text", "html"))) {
            const QByteArray bytes = partContent(part);
            const char* charset = g_mime_object_get_content_type_parameter(object, "charset");
            QString text;
            if (isType(object, "text", "html")) {
                text = mime::htmlToText(decodeText(bytes, charset).toUtf8());
                if (m_mail.text.trimmed().isEmpty())
                    m_mail.fromHtml = true;
            } else {
                text = trimBlankLines(normaliseNewlines(decodeText(bytes, charset)));
            }
            appendText(text);
            return;
        }
        if (isType(object, "application", "pgp-signature") ||
            isType(object, "application", "pkcs7-signature") ||
            isType(object, "application", "x-pkcs7-signature"))
            return;
        attachment(part, false);
    }

    void attachment(GMimePart* part, bool inRelated)
    {
        GMimeObject* object = GMIME_OBJECT(part);
        MailAttachment a;
        a.mimeType = mimeTypeOf(object);
        QByteArray data = partContent(part);
        // GMime leaves the CR of a CRLF line end before the boundary on
        // unencoded content: that CR belongs to the boundary, not the file.
        const GMimeContentEncoding encoding = g_mime_part_get_content_encoding(part);
        if (encoding != GMIME_CONTENT_ENCODING_BASE64 && encoding != GMIME_CONTENT_ENCODING_UUENCODE &&
            encoding != GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE && data.endsWith('\r'))
            data.chop(1);
        a.size = data.size();
        a.sha256 = sha256Hex(data);
        a.contentId = fromC(g_mime_object_get_content_id(object));
        GMimeContentDisposition* disposition = g_mime_object_get_content_disposition(object);
        a.isInline = disposition ? !g_mime_content_disposition_is_attachment(disposition)
                                 : (inRelated || !a.contentId.isEmpty());
        a.name = fromC(g_mime_part_get_filename(part)).trimmed();
        // A name with a path in it came from a program that should not have sent one.
        a.name = a.name.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
        if (a.name.isEmpty())
            a.name = QStringLiteral("attachment-%1.%2")
                         .arg(m_mail.attachments.size() + 1)
                         .arg(extensionFor(a.mimeType));
        m_total += a.size;
        if (m_cap >= 0 && m_total > m_cap)
            m_mail.overSizeCap = true;
        else
            a.data = data;
        m_mail.attachments.append(a);
    }

    void forwarded(GMimeMessage* inner, int depth)
    {
        GMimeObject* object = GMIME_OBJECT(inner);
        QStringList heading{QStringLiteral("---------- Forwarded message ----------")};
        const MailAddress from = firstAddress(g_mime_message_get_from(inner));
        if (!from.isEmpty())
            heading << QStringLiteral("From: ") + from.toString();
        const QString date = header(object, "Date");
        if (!date.isEmpty())
            heading << QStringLiteral("Date: ") + date;
        const QString subject = fromC(g_mime_message_get_subject(inner)).trimmed();
        if (!subject.isEmpty())
            heading << QStringLiteral("Subject: ") + subject;
        QList<MailAddress> to;
        collectAddresses(g_mime_message_get_to(inner), to);
        if (!to.isEmpty()) {
            QStringList names;
            for (const MailAddress& a : to)
                names << a.toString();
            heading << QStringLiteral("To: ") + names.join(QStringLiteral(", "));
        }
        appendText(heading.join(QLatin1Char('\n')));
        const bool wasHtml = m_mail.fromHtml;
        body(g_mime_message_get_mime_part(inner), depth + 1);
        m_mail.fromHtml = wasHtml;
    }

    void appendText(const QString& text)
    {
        if (text.trimmed().isEmpty())
            return;
        if (!m_mail.text.isEmpty())
            m_mail.text += QStringLiteral("\n\n");
        m_mail.text += text;
    }

    static QStringList idsFromHeaders(const QByteArray& headers)
    {
        GPtr<GMimeStream> stream(
            g_mime_stream_mem_new_with_buffer(headers.constData(), size_t(headers.size())));
        GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
        GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
        if (!message)
            return {};
        const QString id = fromC(g_mime_message_get_message_id(message.get()));
        return id.isEmpty() ? QStringList{} : QStringList{id};
    }

public:
    QStringList m_innerIds;

private:
    ParsedMail& m_mail;
    qint64 m_cap;
    qint64 m_total = 0;
};

bool looksLikeMessage(const QByteArray& raw)
{
    // The first line must be a header field (or an mbox "From " line).
    static const QRegularExpression field(QStringLiteral("^(From |[\\x21-\\x39\\x3b-\\x7e]+[ \\t]*:)"));
    const qsizetype end = raw.indexOf('\n');
    const QByteArray first = raw.left(end < 0 ? raw.size() : end);
    return field.match(QString::fromLatin1(first)).hasMatch();
}

bool headerSays(GMimeObject* object, const char* name, std::initializer_list<const char*> values)
{
    const QString value = header(object, name).toLower();
    if (value.isEmpty())
        return false;
    for (const char* v : values) {
        if (value.startsWith(QLatin1String(v)))
            return true;
    }
    return false;
}

MailKind kindOf(GMimeMessage* message, const ParsedMail& mail, bool deliveryStatus, bool returnedPart)
{
    GMimeObject* object = GMIME_OBJECT(message);
    const QString local = mail.from.address.section(QLatin1Char('@'), 0, 0).toLower();
    const QString fromHeader = header(object, "From").toLower();
    // "MAILER-DAEMON <>" has no address at all, only the name.
    const bool mailerDaemon = local == QLatin1String("mailer-daemon") ||
                              fromHeader.contains(QLatin1String("mailer-daemon")) ||
                              fromHeader.contains(QLatin1String("mail delivery"));
    const bool postmaster = local == QLatin1String("postmaster");
    const bool nullSender = header(object, "Return-Path").remove(QLatin1Char(' ')) == QLatin1String("<>");
    static const QRegularExpression failureSubject(
        QStringLiteral("(Delivery Status Notification|Undeliverable|Undelivered|Undeliverd|Returned mail|"
                       "Mail delivery failed|failure notice|Delivery Failure|Delivery has failed|"
                       "Delivery Notification|Mail System Error|Mail failure|could not be delivered|"
                       "Non.?deliver|Nicht zustellbar|Unzustellbar|Non remis|Notificaci[óo]n de estado)"),
        QRegularExpression::CaseInsensitiveOption);
    const bool failure = failureSubject.match(mail.subject).hasMatch();
    // A bounce comes first: mail servers mark their bounces Auto-Submitted too.
    if (deliveryStatus && (mailerDaemon || postmaster || nullSender ||
                           isType(g_mime_message_get_mime_part(message), "multipart", "report")))
        return MailKind::Bounce;
    // Only mail systems write as MAILER-DAEMON; a postmaster may be a person.
    if (mailerDaemon || ((postmaster || nullSender) && (returnedPart || failure)))
        return MailKind::Bounce;

    const QString autoSubmitted = header(object, "Auto-Submitted").toLower();
    if (!autoSubmitted.isEmpty() && !autoSubmitted.startsWith(QLatin1String("no")))
        return MailKind::AutoReply;
    if (!header(object, "X-Autoreply").isEmpty() || !header(object, "X-Autorespond").isEmpty() ||
        !header(object, "X-Autoresponder").isEmpty() ||
        headerSays(object, "Precedence", {"auto_reply", "auto-reply"}) ||
        headerSays(object, "X-Apple-Action", {"vacation"}) ||
        // Exchange puts it on what an inbox rule sent, its out-of-office notes among them.
        !header(object, "X-MS-Exchange-Inbox-Rules-Loop").isEmpty())
        return MailKind::AutoReply;
    if (headerSays(object, "Precedence", {"bulk", "list", "junk"}) || !header(object, "List-Id").isEmpty() ||
        !header(object, "List-Unsubscribe").isEmpty())
        return MailKind::Bulk;
    return MailKind::Person;
}

QStringList idsInText(const QString& text)
{
    QStringList ids;
    static const QRegularExpression idLine(QStringLiteral("^\\s*Message-ID:\\s*<([^>\\s]+)>"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::MultilineOption);
    auto it = idLine.globalMatch(text);
    while (it.hasNext()) {
        const QString id = it.next().captured(1);
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

} // namespace

namespace mime {

Result<ParsedMail> parse(const QByteArray& raw, const QDateTime& receivedAt, qint64 attachmentCap)
{
    initGMime();
    if (raw.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput, Tr::tr("The message is empty."));
    // Blank lines before the headers (some stores pad messages) are no part of them.
    qsizetype start = 0;
    for (qsizetype i = 0;
         i < raw.size() && (raw.at(i) == ' ' || raw.at(i) == '\t' || raw.at(i) == '\r' || raw.at(i) == '\n');
         ++i) {
        if (raw.at(i) == '\n')
            start = i + 1;
    }
    const QByteArray bytes = start > 0 ? raw.mid(start) : raw;
    if (!looksLikeMessage(bytes))
        return fail(Error::Code::InvalidInput,
                    Tr::tr("The bytes are not a mail message: they have no header."));

    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size())));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    // An mbox "From " line before the headers is skipped, not taken as a header.
    g_mime_parser_set_format(parser.get(),
                             bytes.startsWith("From ") ? GMIME_FORMAT_MBOX : GMIME_FORMAT_MESSAGE);
    const std::unique_ptr<GMimeParserOptions, decltype(&g_mime_parser_options_free)> ownedOptions(
        g_mime_parser_options_new(), &g_mime_parser_options_free);
    GMimeParserOptions* options = ownedOptions.get();
    const char* fallback[] = {"UTF-8", "windows-1252", nullptr};
    g_mime_parser_options_set_fallback_charsets(options, fallback);
    g_mime_parser_options_set_rfc2047_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_address_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options));
    if (!message)
        return fail(Error::Code::InvalidInput, Tr::tr("The bytes are not a mail message."));
    GMimeMessage* m = message.get();
    GMimeObject* object = GMIME_OBJECT(m);

    ParsedMail mail;
    mail.raw = raw;
    mail.sha256 = sha256Hex(raw);
    mail.messageId = fromC(g_mime_message_get_message_id(m)).trimmed();
    if (mail.messageId.isEmpty())
        mail.messageId = mail.sha256 + QStringLiteral("@redress.invalid");
    mail.inReplyTo = messageIds(g_mime_object_get_header(object, "In-Reply-To"));
    mail.references = messageIds(g_mime_object_get_header(object, "References"));
    mail.subject = fromC(g_mime_message_get_subject(m)).trimmed();
    mail.from = firstAddress(g_mime_message_get_from(m));
    if (mail.from.isEmpty())
        mail.from = firstAddress(g_mime_message_get_sender(m));
    mail.replyTo = firstAddress(g_mime_message_get_reply_to(m));
    collectAddresses(g_mime_message_get_to(m), mail.to);
    collectAddresses(g_mime_message_get_cc(m), mail.cc);

    const QDateTime received = receivedAt.isValid() ? receivedAt : QDateTime::currentDateTimeUtc();
    const QDateTime date = fromGDateTime(g_mime_message_get_date(m));
    static const QDateTime earliest(QDate(1990, 1, 1), QTime(0, 0), Qt::UTC);
    if (date.isValid() && date >= earliest && date <= received.addDays(1)) {
        mail.date = date;
    } else {
        mail.date = received;
        mail.dateGuessed = true;
    }

    Walker walker(mail, attachmentCap);
    walker.body(g_mime_message_get_mime_part(m));
    mail.text = trimBlankLines(mail.text);

    const bool returnedPart = !walker.returnedIds.isEmpty() || !walker.m_innerIds.isEmpty();
    mail.kind = kindOf(m, mail, walker.deliveryStatus, returnedPart);
    if (mail.kind == MailKind::Bounce) {
        QStringList ids = walker.returnedIds;
        for (const QString& id : walker.m_innerIds) {
            if (!ids.contains(id))
                ids.append(id);
        }
        // Bounces that quote the returned headers as text (Gmail's, for one).
        if (ids.isEmpty())
            ids = idsInText(mail.text);
        ids.removeAll(mail.messageId);
        mail.bouncedMessageIds = ids;
    }
    mail.newText = newWords(mail.text);
    return mail;
}

QString newMessageId(const QString& fromAddress)
{
    QString domain = fromAddress.section(QLatin1Char('@'), -1).trimmed().toLower();
    domain.remove(QLatin1Char('>'));
    if (!fromAddress.contains(QLatin1Char('@')) || domain.isEmpty())
        domain = QStringLiteral("redress.invalid");
    quint64 random[2];
    QRandomGenerator::system()->fillRange(random);
    const QByteArray bytes(reinterpret_cast<const char*>(random), sizeof random);
    return QString::fromLatin1(bytes.toHex()) + QLatin1Char('.') +
           QString::number(QDateTime::currentMSecsSinceEpoch(), 36) + QLatin1Char('@') + domain;
}

QByteArray build(const OutgoingMail& mail)
{
    initGMime();
    GPtr<GMimeMessage> message(g_mime_message_new(TRUE));
    GMimeMessage* m = message.get();
    GMimeObject* object = GMIME_OBJECT(m);
    const auto utf8 = [](const QString& s) { return s.toUtf8(); };

    g_mime_message_add_mailbox(m, GMIME_ADDRESS_TYPE_FROM, utf8(mail.from.name).constData(),
                               utf8(mail.from.address).constData());
    g_mime_message_add_mailbox(m, GMIME_ADDRESS_TYPE_TO, utf8(mail.to.name).constData(),
                               utf8(mail.to.address).constData());
    g_mime_message_set_subject(m, utf8(mail.subject).constData(), "utf-8");

    const QDateTime when = mail.date.isValid() ? mail.date : QDateTime::currentDateTimeUtc();
    GTimeZone* zone = g_time_zone_new_offset(when.offsetFromUtc());
    GDateTime* utc = g_date_time_new_from_unix_utc(when.toSecsSinceEpoch());
    GDateTime* local = g_date_time_to_timezone(utc, zone);
    g_mime_message_set_date(m, local);
    g_date_time_unref(local);
    g_date_time_unref(utc);
    g_time_zone_unref(zone);

    const QString id = mail.messageId.isEmpty() ? newMessageId(mail.from.address) : mail.messageId;
    g_mime_message_set_message_id(m, utf8(id).constData());
    const auto idList = [](const QStringList& ids) {
        QStringList bracketed;
        for (const QString& i : ids)
            bracketed << QLatin1Char('<') + i + QLatin1Char('>');
        return bracketed.join(QLatin1Char(' ')).toUtf8();
    };
    if (!mail.inReplyTo.isEmpty())
        g_mime_object_set_header(object, "In-Reply-To", idList(mail.inReplyTo).constData(), nullptr);
    if (!mail.references.isEmpty())
        g_mime_object_set_header(object, "References", idList(mail.references).constData(), nullptr);

    // Always UTF-8 and quoted-printable: lines stay short whatever the text.
    QString text = mail.text;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    // The content is set as UTF-8 bytes: g_mime_text_part_set_text would pick
    // a narrower charset of its own.
    GPtr<GMimeTextPart> textPart(g_mime_text_part_new_with_subtype("plain"));
    g_mime_text_part_set_charset(textPart.get(), "utf-8");
    const QByteArray textBytes = utf8(text);
    GPtr<GMimeStream> textStream(
        g_mime_stream_mem_new_with_buffer(textBytes.constData(), size_t(textBytes.size())));
    GPtr<GMimeDataWrapper> textContent(
        g_mime_data_wrapper_new_with_stream(textStream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    g_mime_part_set_content(GMIME_PART(textPart.get()), textContent.get());
    g_mime_part_set_content_encoding(GMIME_PART(textPart.get()), GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);

    if (mail.attachments.isEmpty()) {
        g_mime_message_set_mime_part(m, GMIME_OBJECT(textPart.get()));
    } else {
        GPtr<GMimeMultipart> mixed(g_mime_multipart_new_with_subtype("mixed"));
        g_mime_multipart_add(mixed.get(), GMIME_OBJECT(textPart.get()));
        for (const MailAttachment& a : mail.attachments) {
            const QString type = a.mimeType.contains(QLatin1Char('/'))
                                     ? a.mimeType
                                     : QStringLiteral("application/octet-stream");
            GPtr<GMimePart> part(
                g_mime_part_new_with_type(utf8(type.section(QLatin1Char('/'), 0, 0)).constData(),
                                          utf8(type.section(QLatin1Char('/'), 1)).constData()));
            GPtr<GMimeStream> stream(
                g_mime_stream_mem_new_with_buffer(a.data.constData(), size_t(a.data.size())));
            GPtr<GMimeDataWrapper> content(
                g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
            g_mime_part_set_content(part.get(), content.get());
            g_mime_part_set_content_encoding(part.get(), GMIME_CONTENT_ENCODING_BASE64);
            g_mime_object_set_disposition(GMIME_OBJECT(part.get()), a.isInline ? "inline" : "attachment");
            if (!a.name.isEmpty())
                g_mime_part_set_filename(part.get(), utf8(a.name).constData());
            if (!a.contentId.isEmpty())
                g_mime_object_set_content_id(GMIME_OBJECT(part.get()), utf8(a.contentId).constData());
            g_mime_multipart_add(mixed.get(), GMIME_OBJECT(part.get()));
        }
        g_mime_message_set_mime_part(m, GMIME_OBJECT(mixed.get()));
    }

    GMimeFormatOptions* format = g_mime_format_options_new();
    g_mime_format_options_set_newline_format(format, GMIME_NEWLINE_FORMAT_DOS);
    g_mime_format_options_set_param_encoding_method(format, GMIME_PARAM_ENCODING_METHOD_RFC2231);
    GPtr<GMimeStream> out(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(object, format, out.get());
    g_mime_format_options_free(format);
    return streamBytes(out.get());
}

} // namespace mime

} // namespace redress::core
