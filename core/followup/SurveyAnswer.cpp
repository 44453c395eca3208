#include "core/followup/SurveyAnswer.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::SurveyAnswer)
};

// Only the head of an answer is read: a score leads it, and the words that
// matter come first. Also keeps every pattern's work bounded.
constexpr qsizetype readLimit = 2000;

using Re = QRegularExpression;

const Re& leadingScore()
{
    // "9", "9/10", "9 / 10", "9 out of 10", "10!! thanks", "8 - fine now",
    // "Score: 7", "I'd give 8". A number run on into digits (2024) or a
    // decimal (7.5 — not a score we asked for) is not one.
    static const Re re(QStringLiteral(
                           R"(^(?:(?:my\s+)?(?:score|rating|bewertung|note)\s*[:=\-]?\s*|i'?d\s+(?:give|say)\s+(?:it\s+)?(?:a\s+)?|)"
                           R"(ich\s+(?:gebe|würde\s+sagen)\s+(?:eine?\s+)?)?)"
                           R"((10|[0-9])(?![0-9]|[.,][0-9]))"
                           // "2 weeks later it broke again" counts nothing.
                           R"((?!\s*(?:days?|weeks?|months?|years?|hours?|minutes?|mins?|times|%|€|\$|euros?|)"
                           R"(pounds?|dollars?|tagen?|wochen?|monaten?|jahren?|stunden?|minuten|mal)\b))"
                           R"((?:\s*(?:/|out\s+of|of|von|aus)\s*10(?![0-9]))?)"),
                       Re::CaseInsensitiveOption | Re::UseUnicodePropertiesOption);
    return re;
}

const QHash<QString, int>& scoreWords()
{
    static const QHash<QString, int> words{
        {QStringLiteral("zero"), 0},  {QStringLiteral("one"), 1},    {QStringLiteral("two"), 2},
        {QStringLiteral("three"), 3}, {QStringLiteral("four"), 4},   {QStringLiteral("five"), 5},
        {QStringLiteral("six"), 6},   {QStringLiteral("seven"), 7},  {QStringLiteral("eight"), 8},
        {QStringLiteral("nine"), 9},  {QStringLiteral("ten"), 10},   {QStringLiteral("null"), 0},
        {QStringLiteral("eins"), 1},  {QStringLiteral("zwei"), 2},   {QStringLiteral("drei"), 3},
        {QStringLiteral("vier"), 4},  {QStringLiteral("fünf"), 5},   {QStringLiteral("sechs"), 6},
        {QStringLiteral("sieben"), 7}, {QStringLiteral("acht"), 8},  {QStringLiteral("neun"), 9},
        {QStringLiteral("zehn"), 10},
    };
    return words;
}

const Re& leadingWord()
{
    // Only a word standing alone: "Nine", "Nine, thanks", "eight out of
    // ten" — not "One more thing".
    static const Re re(QStringLiteral(R"(^(\p{L}+)(?:\s*(?:/|out\s+of|of|von|aus)\s*(?:10|ten|zehn)\b)?)"
                                      R"((?=\s*(?:$|[!.,;:\-–—)])))"),
                       Re::CaseInsensitiveOption | Re::UseUnicodePropertiesOption);
    return re;
}

// The fault is back, in the words customers use. A bare "no" answers "Is it
// still fixed?"; "no problems since" does not, so "no" counts only alone.
const Re& stillBroken()
{
    static const Re re(
        QStringLiteral(
            R"(\b(?:still\s+(?:broken|not\s+(?:working|fixed|right|resolved)|doesn'?t\s+work|does\s+not\s+work|)"
            R"(isn'?t\s+(?:working|fixed)|is\s+not\s+(?:working|fixed)|faulty|the\s+same|happening|failing|)"
            R"(having\s+(?:the\s+same\s+)?(?:problem|issue)s?)|)"
            R"(not\s+fixed|isn'?t\s+fixed|wasn'?t\s+fixed|never\s+(?:got\s+)?fixed|)"
            R"((?:it\s+|this\s+|that\s+)?happened\s+again|(?:it\s+)?(?:broke|failed|stopped\s+working)\s+again|)"
            R"(broken\s+again|same\s+(?:problem|issue|fault)\s+again|the\s+(?:problem|issue|fault)\s+is\s+back|)"
            R"(immer\s+noch\s+(?:kaputt|defekt|nicht)|noch\s+immer\s+(?:kaputt|defekt|nicht)|)"
            R"(wieder\s+(?:kaputt|defekt|passiert|aufgetreten)|nicht\s+(?:behoben|repariert))\b)"),
        Re::CaseInsensitiveOption | Re::UseUnicodePropertiesOption);
    return re;
}

const Re& bareNo()
{
    static const Re re(QStringLiteral(R"(^(?:no|nope|nein|no\s+it\s+(?:is\s*n[o']t|isn'?t))\W*$)"),
                       Re::CaseInsensitiveOption | Re::UseUnicodePropertiesOption);
    return re;
}

// "stop", "unsubscribe", "please stop emailing me", "remove me from your
// list", "abmelden": the whole answer, or its first line, asks it.
const Re& stopAsked()
{
    static const Re re(
        QStringLiteral(R"(^(?:please\s+)?(?:stop(?:\s+(?:e-?mailing|mailing|writing\s+to|contacting|sending)(?:\s+me)?)?|)"
                       R"(unsubscribe(?:\s+me)?|opt\s*-?\s*out|remove\s+me(?:\s+from\s+(?:your|the|this)\s+(?:mailing\s+)?list)?|)"
                       R"(do\s+not\s+(?:contact|e-?mail|write\s+to)\s+me(?:\s+again)?|don'?t\s+(?:contact|e-?mail|write\s+to)\s+me(?:\s+again)?|)"
                       R"(abmelden|abbestellen|bitte\s+keine\s+(?:e-?mails?|nachrichten|umfragen)(?:\s+mehr)?|)"
                       R"(keine\s+(?:e-?mails?|nachrichten|umfragen)\s+mehr)(?:\s+please|\s+bitte|\s+thanks?|\s+danke)?\W*$)"),
        Re::CaseInsensitiveOption | Re::UseUnicodePropertiesOption);
    return re;
}

QString firstLine(const QString& text)
{
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            return line.trimmed();
    }
    return {};
}

QString tidyComment(QString rest)
{
    // What follows a score: "!! thanks", " - all good now", ", works".
    static const Re lead(QStringLiteral(R"(^[\s!.,;:\-–—)*]+)"), Re::UseUnicodePropertiesOption);
    rest.remove(lead);
    return rest.trimmed();
}

} // namespace

SurveyAnswer SurveyAnswer::read(const QString& text)
{
    const QString head = text.left(readLimit).trimmed();
    SurveyAnswer answer;
    if (head.isEmpty()) {
        answer.why = Tr::tr("The reply has no words of its own.");
        return answer;
    }
    const QString first = firstLine(head);
    if (stopAsked().match(head).hasMatch() || stopAsked().match(first).hasMatch()) {
        answer.kind = Kind::Stop;
        answer.why = Tr::tr("The customer asked not to be contacted again (\"%1\").").arg(first.left(80));
        return answer;
    }

    if (const auto m = leadingScore().match(head); m.hasMatch()) {
        answer.score = m.captured(1).toInt();
        answer.comment = tidyComment(head.mid(m.capturedEnd()));
    } else if (const auto w = leadingWord().match(head); w.hasMatch()) {
        const auto found = scoreWords().constFind(w.captured(1).toLower());
        if (found != scoreWords().cend()) {
            answer.score = *found;
            answer.comment = tidyComment(head.mid(w.capturedEnd()));
        }
    }

    if (const auto broken = stillBroken().match(head); broken.hasMatch() || bareNo().match(first).hasMatch()) {
        answer.kind = Kind::StillBroken;
        const QString said = broken.hasMatch() ? broken.captured(0) : first;
        answer.why = Tr::tr("The customer says the fault is back (\"%1\").").arg(said.left(80));
        if (!answer.score)
            answer.comment = head;
        return answer;
    }
    if (answer.score) {
        answer.kind = Kind::Score;
        answer.why = Tr::tr("The customer answered %1 out of 10.").arg(*answer.score);
        return answer;
    }
    answer.why = Tr::tr("No score leads the reply; a person should read it.");
    return answer;
}

} // namespace redress::core
