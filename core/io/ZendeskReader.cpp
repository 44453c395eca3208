#include "core/io/ZendeskReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace redress::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::ZendeskReader)
};

// A line longer than this is no ticket anyone wrote; refuse it rather
// than hold it.
constexpr qint64 maxLine = 64 << 20;

QString text(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

// "requester": {"name", "email"}, or "requester_name"/"requester_email".
QString person(const QJsonObject& ticket, const QString& who, const char* part)
{
    const QJsonValue object = ticket.value(who);
    if (object.isObject())
        return text(object.toObject().value(QLatin1String(part)));
    return text(ticket.value(who + QLatin1Char('_') + QLatin1String(part)));
}

} // namespace

ZendeskReader::ZendeskReader(QIODevice& device, QString name) : m_device(device), m_name(std::move(name)) {}

QStringList ZendeskReader::columns()
{
    return {QStringLiteral("id"),
            QStringLiteral("created_at"),
            QStringLiteral("updated_at"),
            QStringLiteral("status"),
            QStringLiteral("priority"),
            QStringLiteral("via"),
            QStringLiteral("requester"),
            QStringLiteral("requester_email"),
            QStringLiteral("organization"),
            QStringLiteral("assignee"),
            QStringLiteral("subject"),
            QStringLiteral("description"),
            QStringLiteral("customer_words")};
}

Result<CsvRecord> ZendeskReader::readHeader()
{
    return CsvRecord{0, columns(), {}, -1};
}

Result<std::optional<CsvRecord>> ZendeskReader::next()
{
    while (true) {
        if (m_device.atEnd())
            return std::optional<CsvRecord>();
        const QByteArray line = m_device.readLine(maxLine);
        if (line.isEmpty() && !m_device.atEnd())
            return fail(Error::Code::Io,
                        Tr::tr("%1 cannot be read: %2.").arg(m_name, m_device.errorString()));
        m_bytesRead += line.size();
        ++m_line;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            CsvRecord bad{m_line, {QString::fromUtf8(line.trimmed())}, {}, -1};
            bad.problem = error.error != QJsonParseError::NoError
                              ? Tr::tr("not a JSON ticket: %1 at byte %2")
                                    .arg(error.errorString())
                                    .arg(error.offset + 1)
                              : Tr::tr("not a JSON ticket: the line is no object");
            return std::optional<CsvRecord>(bad);
        }
        QJsonObject ticket = doc.object();
        // The search and incremental exports wrap each ticket.
        if (ticket.value(QLatin1String("ticket")).isObject())
            ticket = ticket.value(QLatin1String("ticket")).toObject();

        const QString requesterId = text(ticket.value(QLatin1String("requester_id")));
        QString requester = person(ticket, QStringLiteral("requester"), "name");
        if (requester.isEmpty() && !requesterId.isEmpty())
            requester = Tr::tr("Zendesk user %1").arg(requesterId);
        // The customer's words: what the requester said in public, in order.
        QStringList words;
        for (const QJsonValue& c : ticket.value(QLatin1String("comments")).toArray()) {
            const QJsonObject comment = c.toObject();
            if (!comment.value(QLatin1String("public")).toBool(true))
                continue;
            const QString author = text(comment.value(QLatin1String("author_id")));
            if (!requesterId.isEmpty() && !author.isEmpty() && author != requesterId)
                continue;
            QString body = text(comment.value(QLatin1String("plain_body")));
            if (body.isEmpty())
                body = text(comment.value(QLatin1String("body")));
            if (!body.isEmpty())
                words << body;
        }
        QString organization = person(ticket, QStringLiteral("organization"), "name");
        const QJsonValue via = ticket.value(QLatin1String("via"));
        const QString channel =
            via.isObject() ? text(via.toObject().value(QLatin1String("channel"))) : text(via);
        CsvRecord record;
        record.line = m_line;
        record.fields = {
            text(ticket.value(QLatin1String("id"))), text(ticket.value(QLatin1String("created_at"))),
            text(ticket.value(QLatin1String("updated_at"))), text(ticket.value(QLatin1String("status"))),
            text(ticket.value(QLatin1String("priority"))), channel, requester,
            person(ticket, QStringLiteral("requester"), "email"), organization,
            person(ticket, QStringLiteral("assignee"), "name"), text(ticket.value(QLatin1String("subject"))),
            text(ticket.value(QLatin1String("description"))),
            // Without comments, the description is the first of them.
            words.isEmpty() ? text(ticket.value(QLatin1String("description")))
                            : words.join(QStringLiteral("\n\n"))};
        return std::optional<CsvRecord>(record);
    }
}

} // namespace redress::core
