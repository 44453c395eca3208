#include "core/recovery/ApologyChecker.h"

#include "core/recovery/ApologyClassifier.h"
#include "core/recovery/ApologyText.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <utility>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::ApologyChecker)
};

// A line shorter than this is a sentence of its own when it ends like a
// greeting or sign-off ("Hi Sam,", "Kind regards,") or the next line starts
// with a capital ("Tom" / "Customer Care"); longer lines, and short ones that
// run on in small letters, are taken as a hard wrap inside a sentence.
constexpr int shortLine = 40;

bool isClauseEnd(QChar c)
{
    return c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char(':');
}

// The draft as the patterns see it. Rules are written once for plain text,
// so the checker, not every pattern, absorbs what real drafts vary in:
// typographic apostrophes and quotes, hard line breaks inside a sentence,
// runs of spaces, zero-width characters from copy and paste. Inside a
// sentence all white space becomes one space; between sentences stands one
// '\n', so `.` and a literal space never reach into the next sentence and
// ^/$ (the rules are compiled multi-line) anchor at sentence edges.
struct Prepared
{
    QString text;
    QList<int> origin;                 // origin[i]: the draft index text[i] came from
    QList<int> sentenceStarts;         // ascending indexes into text
    QList<std::pair<int, int>> masked; // [start, end) in text: quoted words

    int sentenceOf(int position) const
    {
        const auto it = std::upper_bound(sentenceStarts.cbegin(), sentenceStarts.cend(), position);
        return int(it - sentenceStarts.cbegin()) - 1;
    }
    QStringView sentence(int index) const
    {
        const int start = sentenceStarts.at(index);
        const int end =
            index + 1 < sentenceStarts.size() ? sentenceStarts.at(index + 1) - 1 : int(text.size());
        return QStringView(text).mid(start, end - start);
    }
    // `masked` is sorted and its spans do not overlap (see prepare()), so
    // one binary search answers, however many quotes a draft holds.
    bool isMasked(int position) const
    {
        const auto it = std::upper_bound(masked.cbegin(), masked.cend(), position,
                                         [](int at, const auto& span) { return at < span.first; });
        return it != masked.cbegin() && position < std::prev(it)->second;
    }
};

// 0 drops the character; anything else replaces it one for one.
QChar normalised(QChar c)
{
    switch (c.unicode()) {
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x02BC:
    case 0x2032:
    case 0x00B4:
    case 0x0060: return QLatin1Char('\'');
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x00AB:
    case 0x00BB:
    case 0x2033: return QLatin1Char('"');
    case 0x2010:
    case 0x2011: return QLatin1Char('-');
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
    case 0x00AD: return QChar(0);
    default: return c;
    }
}

bool isClosing(QChar c)
{
    return c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char(')') || c == QLatin1Char(']');
}

// Whether the text so far ends a sentence, given the first character of
// what follows the white space.
bool endsSentence(const QString& text, QChar next, const QStringList& abbreviations)
{
    qsizetype end = text.size();
    while (end > 0 && isClosing(text.at(end - 1)))
        --end;
    if (end == 0)
        return false;
    const QChar last = text.at(end - 1);
    if (last == QLatin1Char('!') || last == QLatin1Char('?') || last == QChar(0x2026))
        return true;
    if (last != QLatin1Char('.'))
        return false;
    // "e.g. the", "approx. 5", "at 5 p.m. tomorrow": a full stop before a
    // small letter or a digit ends an abbreviation, not a sentence.
    if (next.isLower() || next.isDigit())
        return false;
    qsizetype start = end - 1;
    while (start > 0 && (text.at(start - 1).isLetter() || text.at(start - 1) == QLatin1Char('.')))
        --start;
    const QString word = text.mid(start, end - 1 - start).toLower();
    if (word.size() == 1 && word.at(0).isLetter())
        return false; // an initial: "J. Smith"
    return !word.isEmpty() && !abbreviations.contains(word);
}

// A line that starts a list item starts a sentence.
bool startsListItem(const QString& draft, qsizetype i)
{
    const QChar c = draft.at(i);
    if (c == QLatin1Char('-') || c == QLatin1Char('*') || c == QChar(0x2022) || c == QChar(0x00B7) ||
        c == QChar(0x2013) || c == QChar(0x2014))
        return true;
    qsizetype j = i;
    while (j < draft.size() && draft.at(j).isDigit() && j - i < 3)
        ++j;
    return j > i && j < draft.size() && (draft.at(j) == QLatin1Char('.') || draft.at(j) == QLatin1Char(')'));
}

struct Line
{
    qsizetype start;
    qsizetype end; // before the line break
    bool skipped;
};

QList<Line> splitLines(const QString& draft, const ApologyRules& rules)
{
    QList<Line> lines;
    qsizetype start = 0;
    bool trailer = false;
    while (start <= draft.size()) {
        qsizetype end = start;
        while (end < draft.size() && draft.at(end) != QLatin1Char('\n') && draft.at(end) != QLatin1Char('\r'))
            ++end;
        const QStringView text = QStringView(draft).mid(start, end - start);
        if (!trailer) {
            trailer = std::any_of(rules.skipFrom().cbegin(), rules.skipFrom().cend(),
                                  [&](const QRegularExpression& re) { return re.match(text).hasMatch(); });
        }
        const bool quoted =
            trailer || std::any_of(rules.skipLines().cbegin(), rules.skipLines().cend(),
                                   [&](const QRegularExpression& re) { return re.match(text).hasMatch(); });
        lines.append({start, end, quoted});
        if (end >= draft.size())
            break;
        start = end + ((draft.at(end) == QLatin1Char('\r') && end + 1 < draft.size() &&
                        draft.at(end + 1) == QLatin1Char('\n'))
                           ? 2
                           : 1);
    }
    return lines;
}

Prepared prepare(const QString& draft, const ApologyRules& rules)
{
    Prepared p;
    p.text.reserve(draft.size());
    p.origin.reserve(draft.size());

    bool pendingSpace = false; // white space seen since the last character kept
    int spaceOrigin = 0;
    int lineBreaks = 0;           // line breaks in that white space
    bool forcedBreak = false;     // a skipped line lies in between
    qsizetype lastLineLength = 0; // trimmed length of the last line with text
    QChar lastLineEnd;            // its last character

    const QList<Line> lines = splitLines(draft, rules);
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const Line& line = lines.at(n);
        if (n > 0) {
            if (!pendingSpace)
                spaceOrigin = int(lines.at(n - 1).end);
            pendingSpace = true;
            ++lineBreaks;
        }
        if (line.skipped) {
            forcedBreak = true;
            continue;
        }
        qsizetype firstText = -1;
        qsizetype lastText = -1;
        for (qsizetype i = line.start; i < line.end; ++i) {
            const QChar raw = draft.at(i);
            if (raw.isSpace()) {
                if (!pendingSpace)
                    spaceOrigin = int(i);
                pendingSpace = true;
                continue;
            }
            const QChar c = normalised(raw);
            if (c.isNull())
                continue;
            if (firstText < 0)
                firstText = i;
            lastText = i;
            if (!p.text.isEmpty() && (pendingSpace || forcedBreak)) {
                const bool atLineStart = i == firstText;
                const bool boundary = forcedBreak || lineBreaks >= 2 ||
                                      (lineBreaks == 1 && atLineStart &&
                                       ((lastLineLength < shortLine &&
                                         (isClauseEnd(lastLineEnd) || c.isUpper() || c.isDigit())) ||
                                        lastLineEnd == QLatin1Char(':') || startsListItem(draft, i))) ||
                                      endsSentence(p.text, c, rules.abbreviations());
                p.text += boundary ? QLatin1Char('\n') : QLatin1Char(' ');
                p.origin += pendingSpace ? spaceOrigin : int(i);
            }
            pendingSpace = false;
            forcedBreak = false;
            lineBreaks = 0;
            p.text += c;
            p.origin += int(i);
        }
        if (firstText >= 0) {
            lastLineLength = lastText - firstText + 1;
            lastLineEnd = draft.at(lastText);
        }
    }

    p.sentenceStarts << 0;
    for (qsizetype i = 0; i < p.text.size(); ++i) {
        if (p.text.at(i) == QLatin1Char('\n'))
            p.sentenceStarts << int(i + 1);
    }
    for (const QRegularExpression& re : rules.skipSpans()) {
        for (auto it = re.globalMatch(p.text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() > 0)
                p.masked.append({int(m.capturedStart()), int(m.capturedEnd())});
        }
    }
    std::sort(p.masked.begin(), p.masked.end());
    QList<std::pair<int, int>> merged;
    for (const auto& span : std::as_const(p.masked)) {
        if (!merged.isEmpty() && span.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, span.second);
        else
            merged.append(span);
    }
    p.masked = std::move(merged);
    return p;
}

bool anyMatch(const QList<QRegularExpression>& patterns, QStringView sentence)
{
    return std::any_of(patterns.cbegin(), patterns.cend(),
                       [sentence](const QRegularExpression& re) { return re.match(sentence).hasMatch(); });
}

// A pattern may narrow what it marks to a group named "mark", so it can
// demand context ("sorry, but …") without marking the context itself.
std::pair<int, int> markedRange(const QRegularExpressionMatch& m, bool hasMark)
{
    if (hasMark && m.capturedStart(QStringLiteral("mark")) >= 0)
        return {int(m.capturedStart(QStringLiteral("mark"))), int(m.capturedEnd(QStringLiteral("mark")))};
    return {int(m.capturedStart()), int(m.capturedEnd())};
}

// Calls `accept(start, end)` for every match of the kind's patterns that is
// neither in quoted words nor cancelled by an "unless" in its sentence;
// stops when accept returns false.
template <typename Accept>
void forEachMatch(const Prepared& p, const ApologyRules::KindRules& kind, Accept accept)
{
    // Per sentence, computed when first needed: a long sentence with many
    // matches is read by each "unless" once, not once per match.
    QHash<int, bool> kindCancels;
    for (const ApologyRules::Pattern& pattern : kind.patterns) {
        const bool hasMark = pattern.regex.namedCaptureGroups().contains(QStringLiteral("mark"));
        QHash<int, bool> patternCancels;
        for (auto it = pattern.regex.globalMatch(p.text); it.hasNext();) {
            const auto [start, end] = markedRange(it.next(), hasMark);
            if (end <= start || p.isMasked(start))
                continue;
            const int sentence = p.sentenceOf(start);
            const QStringView text = p.sentence(sentence);
            if (!pattern.unless.isEmpty()) {
                auto own = patternCancels.constFind(sentence);
                if (own == patternCancels.cend())
                    own = patternCancels.insert(sentence, anyMatch(pattern.unless, text));
                if (*own)
                    continue;
            }
            auto cached = kindCancels.constFind(sentence);
            if (cached == kindCancels.cend())
                cached = kindCancels.insert(sentence, anyMatch(kind.unless, text));
            if (*cached)
                continue;
            if (!accept(start, end))
                return;
        }
    }
}

// A greeting, a name or a sign-off ("Tom", "Kind regards") gives the
// classifier too little to hear a reflex in; the rules still read them.
constexpr int shortestHeard = 3;

int wordCount(QStringView sentence)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : sentence) {
        const bool letter = c.isLetterOrNumber();
        words += letter && !inWord;
        inWord = letter;
    }
    return words;
}

// Where each line of the draft starts; "\r\n", "\n" and a lone "\r" each end one.
QList<int> lineStarts(const QString& draft)
{
    QList<int> starts{0};
    for (qsizetype i = 0; i < draft.size(); ++i) {
        const QChar c = draft.at(i);
        if (c == QLatin1Char('\n') ||
            (c == QLatin1Char('\r') && (i + 1 == draft.size() || draft.at(i + 1) != QLatin1Char('\n'))))
            starts << int(i + 1);
    }
    return starts;
}

} // namespace

QString ApologyChecker::tooLong(qsizetype length)
{
    if (length <= kMaxDraftLength)
        return {};
    return Tr::tr("The draft is %1 characters long; the apology checker reads at most %2.")
        .arg(QString::number(length), QString::number(kMaxDraftLength));
}

ApologyChecker::ApologyChecker(ApologyRules rules, const ApologyClassifier* classifier)
    : m_rules(std::move(rules)), m_classifier(classifier)
{
}

QList<ApologyFinding> ApologyChecker::check(const QString& draft) const
{
    QList<ApologyFinding> findings;
    const Prepared p = prepare(draft, m_rules);
    if (p.text.isEmpty())
        return findings;

    const QList<int> starts = lineStarts(draft);
    auto addPassage = [&](ApologyKind kind, int start, int end, bool heard, bool advice = false) {
        ApologyFinding f;
        f.kind = kind;
        f.offset = p.origin.at(start);
        f.length = p.origin.at(end - 1) + 1 - f.offset;
        f.passage = draft.mid(f.offset, f.length).simplified();
        f.why = m_rules.why(kind);
        f.heard = heard;
        f.advice = advice;
        if (advice)
            f.why = Tr::tr("Reads like this, though no rule says so: %1").arg(f.why);
        findings.append(f);
    };

    QList<std::pair<int, int>> marked; // every rule's passage, in p.text
    for (ApologyKind kind : allApologyKinds()) {
        const ApologyRules::KindRules& rules = m_rules.rulesFor(kind);
        if (!isPassageKind(kind) || rules.patterns.isEmpty())
            continue;
        QList<std::pair<int, int>> ranges;
        forEachMatch(p, rules, [&ranges](int start, int end) {
            ranges.append({start, end});
            return true;
        });
        std::sort(ranges.begin(), ranges.end());
        QList<std::pair<int, int>> merged;
        for (const auto& range : ranges) {
            if (!merged.isEmpty() && range.first < merged.last().second)
                merged.last().second = std::max(merged.last().second, range.second);
            else
                merged.append(range);
        }
        for (const auto& [start, end] : merged)
            addPassage(kind, start, end, false);
        marked += merged;
    }
    std::sort(marked.begin(), marked.end());

    // The classifier, sentence by sentence, for wording no rule knows. A
    // sentence a rule marked keeps the rule's finding alone: the rule says
    // precisely which words and why. The same pass hears an apology or a
    // next step the cue patterns missed.
    bool heardApology = false;
    bool heardNextStep = false;
    if (m_classifier) {
        qsizetype nextMarked = 0;
        for (qsizetype i = 0; i < p.sentenceStarts.size(); ++i) {
            int start = p.sentenceStarts.at(i);
            int end = i + 1 < p.sentenceStarts.size() ? p.sentenceStarts.at(i + 1) - 1 : int(p.text.size());
            while (start < end && p.text.at(start).isSpace())
                ++start;
            while (end > start && p.text.at(end - 1).isSpace())
                --end;
            if (end - start < 2 || p.isMasked(start))
                continue;
            while (nextMarked < marked.size() && marked.at(nextMarked).second <= start)
                ++nextMarked;
            const bool ruled = nextMarked < marked.size() && marked.at(nextMarked).first < end;
            // A sentence longer than this is a pasted log or a run-on line,
            // not wording the corpus has; its first part decides.
            constexpr int longestHeard = 2000;
            const ApologyClassifier::Guess guess =
                m_classifier->classify(QStringView(p.text).mid(start, std::min(end - start, longestHeard)));
            if (guess.label == ApologyLabel::SincereApology &&
                guess.probability >= ApologyClassifier::kCueThreshold)
                heardApology = true;
            else if (guess.label == ApologyLabel::NextStep &&
                     guess.probability >= ApologyClassifier::kCueThreshold)
                heardNextStep = true;
            const auto kind = kindOf(guess.likeliestReflex);
            if (kind && !ruled && guess.reflex >= ApologyClassifier::kAdviceThreshold &&
                wordCount(QStringView(p.text).mid(start, end - start)) >= shortestHeard)
                addPassage(*kind, start, end, true, guess.reflex < ApologyClassifier::kReflexThreshold);
        }
    }

    for (ApologyKind kind : {ApologyKind::NoApology, ApologyKind::NoNextStep}) {
        const ApologyRules::KindRules& rules = m_rules.rulesFor(kind);
        if (rules.patterns.isEmpty())
            continue;
        bool cue = kind == ApologyKind::NoApology ? heardApology : heardNextStep;
        if (!cue) {
            forEachMatch(p, rules, [&cue](int, int) {
                cue = true;
                return false;
            });
        }
        if (!cue) {
            ApologyFinding f{kind, 1, 1, 0, 0, QString(), m_rules.why(kind)};
            f.advice = !isReflex(kind);
            findings.append(f);
        }
    }
    std::stable_sort(findings.begin(), findings.end(), [](const ApologyFinding& a, const ApologyFinding& b) {
        return a.offset != b.offset ? a.offset < b.offset : a.kind < b.kind;
    });
    // Lines and columns in one walk over the sorted findings: counting each
    // column from its line's start made a long line quadratic (a 1 MB line
    // took 10 s). Columns count characters as people see them: the second
    // half of a surrogate pair is not one.
    int line = 0;
    int at = 0;
    int column = 1;
    for (ApologyFinding& f : findings) {
        if (!isPassageKind(f.kind))
            continue;
        while (line + 1 < starts.size() && starts.at(line + 1) <= f.offset) {
            ++line;
            at = starts.at(line);
            column = 1;
        }
        for (; at < f.offset; ++at) {
            if (!draft.at(at).isLowSurrogate())
                ++column;
        }
        f.line = line + 1;
        f.column = column;
    }
    return findings;
}

const ApologyChecker& ApologyChecker::shipped(const QString& language)
{
    if (language == QLatin1String("de")) {
        static const ApologyChecker german(ApologyRules::defaults(QStringLiteral("de")),
                                           ApologyClassifier::shipped(QStringLiteral("de")));
        return german;
    }
    static const ApologyChecker english(ApologyRules::defaults(QStringLiteral("en")),
                                        ApologyClassifier::shipped(QStringLiteral("en")));
    return english;
}

const ApologyChecker& ApologyChecker::forDraft(QStringView draft)
{
    return shipped(guessApologyLanguage(draft));
}

} // namespace redress::core
