#include "core/mail/Mime.h"

#include <QRegularExpression>

namespace redress::core::mime {

namespace {

using Re = QRegularExpression;

bool hasWords(const QStringList& lines, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        for (const QChar c : lines.at(i)) {
            if (c.isLetterOrNumber())
                return true;
        }
    }
    return false;
}

bool isQuoteLine(const QString& line)
{
    return line.trimmed().startsWith(QLatin1Char('>'));
}

/// "On Mon, 1 Jan 2024, Jane <jane@example.com> wrote:" and its localised
/// forms: the attribution line a reply program puts above the quote.
bool isAttribution(const QString& line)
{
    static const Re attribution(
        QStringLiteral(
            "^\\s*(On\\s.+\\swrote|Am\\s.+\\sschrieb.*|Le\\s.+\\sa\\s+[ée]crit|El\\s.+\\sescribi[óo]|"
            "Op\\s.+\\sschreef|Il\\s.+\\sha\\s+scritto|Em\\s.+\\sescreveu)\\s*:\\s*$"),
        Re::CaseInsensitiveOption);
    return attribution.match(line).hasMatch();
}

bool isOriginalMessage(const QString& line)
{
    static const Re original(QStringLiteral("^\\s*-{3,}\\s*(Original Message|Urspr(ü|ue)ngliche Nachricht|"
                                            "Message d'origine|Mensaje original|Messaggio originale|"
                                            "Oorspronkelijk bericht)\\s*-{3,}\\s*$"),
                             Re::CaseInsensitiveOption);
    return original.match(line).hasMatch();
}

/// A forward's heading: what follows is someone else's message, quoted whole.
bool isForwardHeading(const QString& line)
{
    static const Re forward(QStringLiteral("^\\s*-{3,}\\s*(Forwarded message|Weitergeleitete Nachricht|"
                                           "Message transf[ée]r[ée]|Mensaje reenviado|Messaggio inoltrato|"
                                           "Doorgestuurd bericht)\\s*-{3,}\\s*$"),
                            Re::CaseInsensitiveOption);
    // Apple Mail's: "Begin forwarded message:".
    static const Re apple(
        QStringLiteral("^\\s*(Begin forwarded message|Anfang der weitergeleiteten Nachricht|"
                       "D[ée]but du message r[ée]exp[ée]di[ée]|Inicio del mensaje reenviado)\\s*:\\s*$"),
        Re::CaseInsensitiveOption);
    return forward.match(line).hasMatch() || apple.match(line).hasMatch();
}

bool startsWithField(const QString& line, std::initializer_list<const char*> names)
{
    const QString t = line.trimmed();
    for (const char* n : names) {
        const QString field = QString::fromUtf8(n) + QLatin1Char(':');
        if (t.startsWith(field, Qt::CaseInsensitive))
            return true;
        // Outlook's HTML turned into text often bolds the names: "*From:*".
        if (t.startsWith(QLatin1Char('*') + field, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

/// Outlook's reply header: From:, then Sent:/Date:, To:, Subject: within a
/// few lines.
bool isOutlookHeader(const QStringList& lines, qsizetype i)
{
    if (!startsWithField(lines.at(i), {"From", "Von", "De", "Van", "Da"}))
        return false;
    bool sent = false;
    bool subject = false;
    for (qsizetype j = i + 1; j < lines.size() && j <= i + 6; ++j) {
        if (startsWithField(lines.at(j), {"Sent", "Date", "Gesendet", "Datum", "Envoyé", "Enviado", "Fecha",
                                          "Verzonden", "Inviato", "Data"}))
            sent = true;
        if (startsWithField(lines.at(j),
                            {"Subject", "Betreff", "Objet", "Asunto", "Onderwerp", "Oggetto", "Assunto"}))
            subject = true;
    }
    return sent && subject;
}

bool isSeparatorBeforeFrom(const QStringList& lines, qsizetype i)
{
    static const Re underline(QStringLiteral("^\\s*_{20,}\\s*$"));
    if (!underline.match(lines.at(i)).hasMatch())
        return false;
    for (qsizetype j = i + 1; j < lines.size() && j <= i + 2; ++j) {
        if (startsWithField(lines.at(j), {"From", "Von", "De", "Van", "Da"}))
            return true;
    }
    return false;
}

bool isMobileSignature(const QString& line)
{
    static const Re mobile(QStringLiteral("^\\s*(Sent from my |Sent from Mail for |Sent from Yahoo Mail|"
                                          "Sent from Outlook|Get Outlook for |Sent with |Sent from Samsung|"
                                          "Von meinem .* gesendet|Gesendet von meinem |Envoyé de mon |"
                                          "Envoyé depuis |Enviado desde mi |Inviato da )"),
                           Re::CaseInsensitiveOption);
    return line.trimmed().size() < 80 && mobile.match(line).hasMatch();
}

/// Where the quoted history or signature starts, or -1.
qsizetype historyStart(const QStringList& lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        if (line == QLatin1String("-- ") || line == QLatin1String("--"))
            return i;
        if (isAttribution(line))
            return i;
        // The attribution wrapped over two lines by the sender's program.
        if (i + 1 < lines.size() && line.trimmed().size() > 3 &&
            isAttribution(line.trimmed() + QLatin1Char(' ') + lines.at(i + 1).trimmed()) &&
            !isAttribution(lines.at(i + 1)))
            return i;
        if (isOriginalMessage(line) || isForwardHeading(line) || isSeparatorBeforeFrom(lines, i) ||
            isOutlookHeader(lines, i))
            return i;
    }
    // A quote block that runs to the end (blank lines aside).
    qsizetype lastWords = -1;
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        if (!lines.at(i).trimmed().isEmpty() && !isQuoteLine(lines.at(i))) {
            lastWords = i;
            break;
        }
    }
    if (lastWords + 1 < lines.size()) {
        qsizetype first = lastWords + 1;
        while (first < lines.size() && !isQuoteLine(lines.at(first)))
            ++first;
        if (first < lines.size())
            return first;
    }
    return -1;
}

QString joined(const QStringList& lines, qsizetype from, qsizetype to)
{
    QStringList kept = lines.mid(from, to - from);
    while (!kept.isEmpty() && kept.last().trimmed().isEmpty())
        kept.removeLast();
    while (!kept.isEmpty() && kept.first().trimmed().isEmpty())
        kept.removeFirst();
    return kept.join(QLatin1Char('\n'));
}

/// Drops "Sent from my iPhone" and the like from the end.
QString withoutMobileSignature(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && (lines.last().trimmed().isEmpty() || isMobileSignature(lines.last())) &&
           hasWords(lines, 0, lines.size() - 1))
        lines.removeLast();
    return joined(lines, 0, lines.size());
}

} // namespace

QString newWords(const QString& text)
{
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList lines = normalised.split(QLatin1Char('\n'));
    if (!hasWords(lines, 0, lines.size()))
        return normalised.trimmed();

    const qsizetype start = historyStart(lines);
    if (start < 0)
        return withoutMobileSignature(normalised);
    if (hasWords(lines, 0, start))
        return withoutMobileSignature(joined(lines, 0, start));

    // The quote comes first: bottom-posting. Words after a quote block that
    // holds no further quotes are the new ones; a reply written between the
    // quoted lines is kept whole rather than cut to pieces.
    qsizetype after = start + 1;
    while (after < lines.size() && (isQuoteLine(lines.at(after)) || lines.at(after).trimmed().isEmpty()))
        ++after;
    bool moreQuotes = false;
    for (qsizetype i = after; i < lines.size(); ++i) {
        if (isQuoteLine(lines.at(i)) || isAttribution(lines.at(i))) {
            moreQuotes = true;
            break;
        }
    }
    if (isQuoteLine(lines.at(start)) || isAttribution(lines.at(start))) {
        if (!moreQuotes && hasWords(lines, after, lines.size())) {
            const QString rest = joined(lines, after, lines.size());
            // The rest may still end in a signature.
            const QStringList restLines = rest.split(QLatin1Char('\n'));
            const qsizetype sig = restLines.indexOf(QStringLiteral("-- "));
            if (sig > 0 && hasWords(restLines, 0, sig))
                return withoutMobileSignature(joined(restLines, 0, sig));
            return withoutMobileSignature(rest);
        }
    }
    return normalised.trimmed();
}

} // namespace redress::core::mime
