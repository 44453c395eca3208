#include "core/mail/MailMessage.h"

namespace redress::core {

QString MailAddress::toString() const
{
    if (name.isEmpty())
        return address;
    if (address.isEmpty())
        return name;
    // RFC 5322 specials in a display name need a quoted string, or a
    // "Doe, Jane" would read as two mailboxes when this goes into a header.
    static const QString specials = QStringLiteral("()<>[]:;@\\,.\"");
    bool needsQuotes = false;
    for (const QChar c : name) {
        if (specials.contains(c)) {
            needsQuotes = true;
            break;
        }
    }
    QString shown = name;
    if (needsQuotes) {
        shown.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        shown.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        shown = QLatin1Char('"') + shown + QLatin1Char('"');
    }
    return shown + QStringLiteral(" <") + address + QLatin1Char('>');
}

} // namespace redress::core
