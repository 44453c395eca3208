#include "core/recovery/ApologyTemplate.h"

#include "core/recovery/TemplateContext.h"

#include <QCoreApplication>
#include <QList>

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <exception>
#include <map>
#include <string>
#include <utility>

// How the engine is used, and why not more of it.
//
// kainjow::mustache 4.1 renders well, but its parser says only "Unclosed tag
// at 17": a byte offset into UTF-8, no line or column, nothing about names it
// does not know (an unknown name renders as nothing), a mismatched {{/x}}
// reported as an unclosed section at the opener, and no access to the parsed
// tags. So check() reads the template itself, following the engine's rules
// step by step (delimiters, triple braces, tag trimming, section matching),
// and the engine parses the text too as a backstop: anything it refuses that
// the scan let through is reported with the engine's words at its position.
//
// Rendering goes through the engine, but over a rewritten template: every
// tag in its canonical form with the default delimiters (comments and
// delimiter changes dropped), and the literal text encoded so that it has no
// line breaks and no '{'. Two engine habits make that necessary. It decides
// "standalone" lines after rendering, by looking at what a line produced: a
// section that was skipped because its value was empty leaves its line break
// behind (a blank line in the middle of a letter), and a line whose values
// came out empty can vanish. And text that custom delimiters made literal
// ("{{") would be read as a tag once the delimiters are the default again.
// With no line breaks in sight the engine's guess never fires; we decide
// standalone lines ourselves, on the template, as the Mustache spec says.
//
// The escape: 0x01 followed by one letter. Values carry 0x01 encoded too, so
// the output decodes without ambiguity whatever a customer typed.

namespace redress::core {

namespace {

namespace mustache = kainjow::mustache;

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::ApologyTemplate)
};

constexpr char16_t kEscape = 0x01;
constexpr char kEscapeByte = 0x01;

enum class TagKind
{
    Variable,
    Unescaped,
    Triple,
    Section,
    Inverted,
    End,
    Comment,
    Partial,
    Delimiters
};

struct Delimiters
{
    QString open = QStringLiteral("{{");
    QString close = QStringLiteral("}}");
    bool isDefault() const { return open == u"{{" && close == u"}}"; }
};

struct Token
{
    enum class Type
    {
        Text,
        Newline,
        Tag
    };
    Type type = Type::Text;
    qsizetype start = 0; ///< index into the template's QString
    qsizetype end = 0;
    TagKind kind = TagKind::Variable;
    QString name;
    bool dropped = false; ///< whitespace or a line break of a standalone line
};

struct OpenSection
{
    QString name;
    TagKind kind;
    qsizetype start;
    Delimiters delimiters;
};

// The engine trims tag contents with std::isspace in the C locale: ASCII
// whitespace only. A non-breaking space inside braces is part of the name.
bool isEngineSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\v' || c == u'\f' || c == u'\r';
}

QString engineTrim(QStringView s)
{
    qsizetype from = 0;
    qsizetype to = s.size();
    while (from < to && isEngineSpace(s[from]))
        ++from;
    while (to > from && isEngineSpace(s[to - 1]))
        --to;
    return s.mid(from, to - from).toString();
}

bool isDelimiterValid(const QString& delimiter)
{
    return std::none_of(delimiter.begin(), delimiter.end(),
                        [](QChar c) { return c == u'=' || isEngineSpace(c); });
}

// "=<% %>=" as the engine reads it: at least five characters, '=' at both
// ends, two delimiters separated by spaces, neither holding '=' or spaces.
std::optional<Delimiters> parseDelimiters(const QString& contents)
{
    if (contents.size() < 5 || !contents.endsWith(u'='))
        return std::nullopt;
    const QString inner = engineTrim(QStringView(contents).mid(1, contents.size() - 2));
    const qsizetype space = inner.indexOf(u' ');
    if (space < 0)
        return std::nullopt;
    qsizetype next = space + 1;
    while (next < inner.size() && inner[next] == u' ')
        ++next;
    Delimiters d{inner.left(space), inner.mid(next)};
    if (d.open.isEmpty() || d.close.isEmpty() || !isDelimiterValid(d.open) || !isDelimiterValid(d.close))
        return std::nullopt;
    return d;
}

// A tag as a person would write it: the sigil and the current delimiters,
// so a message quotes what they see in their editor.
QString written(TagKind kind, const QString& name, const Delimiters& d)
{
    switch (kind) {
    case TagKind::Triple: return QStringLiteral("{{{") + name + QStringLiteral("}}}");
    case TagKind::Unescaped: return d.open + u'&' + name + d.close;
    case TagKind::Section: return d.open + u'#' + name + d.close;
    case TagKind::Inverted: return d.open + u'^' + name + d.close;
    case TagKind::End: return d.open + u'/' + name + d.close;
    case TagKind::Partial: return d.open + QStringLiteral("> ") + name + d.close;
    case TagKind::Comment: return d.open + u'!' + name + d.close;
    case TagKind::Variable:
    case TagKind::Delimiters: break;
    }
    return d.open + name + d.close;
}

// A tag quoted in a message: on one line, and short.
QString shown(const QString& raw)
{
    const QString line = raw.simplified();
    return line.size() > 40 ? line.left(39) + u'…' : line;
}

// Optimal string alignment distance: edits plus swaps of neighbours, since
// "cusotmer" is as likely a slip as "custmer".
qsizetype editDistance(const QString& a, const QString& b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<QList<qsizetype>> d(n + 1, QList<qsizetype>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = i;
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = j;
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const qsizetype cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

// The known name someone most likely meant, or empty. In order: the same
// name in other letter case; what other help desks call it (people paste
// their Zendesk or Freshdesk macros); the nearest by edit distance; the
// same last part ("first_name"). Ties go to the earlier name of names(),
// so the customer wins over the agent.
QString suggestionFor(const QString& unknown)
{
    const QStringList known = TemplateContext::names();
    const QString u = unknown.toLower();
    for (const QString& k : known) {
        if (k == u)
            return k;
    }

    static const std::array<std::pair<const char16_t*, const char16_t*>, 9> aliases{{
        {u"ticket.id", u"case.reference"},
        {u"ticket.description", u"case.problem"},
        {u"case.description", u"case.problem"},
        {u"ticket.due_date", u"case.promised_by"},
        {u"current_user.name", u"agent.name"},
        {u"current_user.first_name", u"agent.first_name"},
        {u"ticket.agent.name", u"agent.name"},
        {u"ticket.agent.first_name", u"agent.first_name"},
        {u"ticket.organization.name", u"customer.company"},
    }};
    for (const auto& [from, to] : aliases) {
        if (u == QStringView(from))
            return QString::fromUtf16(to);
    }

    QString best;
    qsizetype bestDistance = 0;
    for (const QString& k : known) {
        const qsizetype distance = editDistance(u, k);
        const qsizetype allowed = std::max<qsizetype>(2, k.size() / 4);
        if (distance <= allowed && (best.isEmpty() || distance < bestDistance)) {
            best = k;
            bestDistance = distance;
        }
    }
    if (!best.isEmpty())
        return best;

    const QString last = u.section(u'.', -1);
    for (const QString& k : known) {
        if (editDistance(last, k.section(u'.', -1)) <= 1)
            return k;
    }
    return {};
}

// Line and column of `offset`, both 1-based, in code points. "\r\n", "\n"
// and a lone "\r" each end a line, as they do for the engine.
ApologyTemplate::Problem problemAt(const QString& text, qsizetype offset, QString message)
{
    int line = 1;
    int column = 1;
    qsizetype i = 0;
    while (i < offset && i < text.size()) {
        const QChar c = text[i];
        if (c == u'\r' || c == u'\n') {
            ++line;
            column = 1;
            i += (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') ? 2 : 1;
            continue;
        }
        i += (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) ? 2 : 1;
        ++column;
    }
    return {line, column, offset, std::move(message)};
}

// The index into `text` of a byte offset into text.toUtf8(), which is what
// the engine counts in.
qsizetype indexOfByte(const QString& text, std::size_t byteOffset)
{
    std::size_t bytes = 0;
    qsizetype i = 0;
    while (i < text.size() && bytes < byteOffset) {
        const qsizetype width =
            (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) ? 2 : 1;
        // Encoded piece by piece so a lone surrogate counts as Qt encodes it.
        bytes += static_cast<std::size_t>(QStringView(text).mid(i, width).toUtf8().size());
        i += width;
    }
    return i;
}

struct Scan
{
    QList<Token> tokens;
    std::optional<ApologyTemplate::Problem> problem;
};

class Scanner
{
public:
    explicit Scanner(const QString& text) : m_text(text) {}

    Scan run()
    {
        const qsizetype n = m_text.size();
        qsizetype pos = 0;
        while (pos < n && !m_scan.problem) {
            qsizetype tagStart = m_text.indexOf(m_delimiters.open, pos);
            if (tagStart < 0)
                tagStart = n;
            addText(pos, tagStart);
            if (tagStart == n)
                break;
            pos = readTag(tagStart);
        }
        if (m_tooDeepAt >= 0) {
            // The scan stops at its first problem, so nesting went over the
            // limit before any other; it is the one to fix first.
            m_scan.problem = problemAt(
                m_text, m_tooDeepAt,
                Tr::tr("sections nest %1 deep; the limit is %2")
                    .arg(QString::number(m_maxDepth), QString::number(ApologyTemplate::kMaxSectionDepth)));
            return std::move(m_scan);
        }
        if (!m_scan.problem && !m_open.isEmpty()) {
            // The innermost: closing it is the likeliest fix, and the
            // outer ones may well be closed after it.
            const OpenSection& s = m_open.last();
            fail(s.start, Tr::tr("section %1 is never closed; add %2 where it should end")
                              .arg(written(s.kind, s.name, s.delimiters),
                                   written(TagKind::End, s.name, s.delimiters)));
        }
        return std::move(m_scan);
    }

private:
    void fail(qsizetype offset, QString message)
    {
        if (!m_scan.problem)
            m_scan.problem = problemAt(m_text, offset, std::move(message));
    }

    void addText(qsizetype from, qsizetype to)
    {
        qsizetype runStart = from;
        const auto flush = [&](qsizetype at) {
            if (at > runStart)
                m_scan.tokens.append(Token{Token::Type::Text, runStart, at});
        };
        for (qsizetype i = from; i < to;) {
            const QChar c = m_text[i];
            if (c != u'\n' && c != u'\r') {
                ++i;
                continue;
            }
            flush(i);
            const qsizetype width = (c == u'\r' && i + 1 < to && m_text[i + 1] == u'\n') ? 2 : 1;
            m_scan.tokens.append(Token{Token::Type::Newline, i, i + width});
            i += width;
            runStart = i;
        }
        flush(to);
    }

    // Reads the tag at `tagStart`; where scanning goes on.
    qsizetype readTag(qsizetype tagStart)
    {
        const qsizetype n = m_text.size();
        qsizetype contentStart = tagStart + m_delimiters.open.size();
        // As in the engine: "{{{" opens an unescaped tag only with the
        // default delimiters, and then "}}}" closes it.
        const bool triple = m_delimiters.isDefault() && contentStart < n && m_text[contentStart] == u'{';
        const QString open = triple ? QStringLiteral("{{{") : m_delimiters.open;
        const QString close = triple ? QStringLiteral("}}}") : m_delimiters.close;
        if (triple)
            ++contentStart;
        const qsizetype closeAt = m_text.indexOf(close, contentStart);
        if (closeAt < 0) {
            fail(tagStart, Tr::tr("unclosed tag: \"%1\" without a matching \"%2\"").arg(open, close));
            return n;
        }
        const qsizetype tagEnd = closeAt + close.size();
        const QString raw = m_text.mid(tagStart, tagEnd - tagStart);
        const QString contents = engineTrim(QStringView(m_text).mid(contentStart, closeAt - contentStart));

        Token tag{Token::Type::Tag, tagStart, tagEnd};
        if (contents.startsWith(u'=')) {
            const auto delimiters = parseDelimiters(contents);
            if (!delimiters) {
                fail(tagStart,
                     Tr::tr("invalid delimiter change %1: give the new opening and closing delimiters "
                            "separated by a space, without spaces or \"=\" in them, e.g. {{=<% %>=}}")
                         .arg(shown(raw)));
                return n;
            }
            tag.kind = TagKind::Delimiters;
            m_scan.tokens.append(tag);
            m_delimiters = *delimiters;
            return tagEnd;
        }

        classify(triple, contents, tag);
        m_scan.tokens.append(tag);
        switch (tag.kind) {
        case TagKind::Comment: break;
        case TagKind::Partial:
            fail(tagStart,
                 Tr::tr("partials are not supported: %1; copy the text you want into this template instead")
                     .arg(shown(raw)));
            break;
        case TagKind::End: closeSection(tag, raw); break;
        case TagKind::Section:
        case TagKind::Inverted:
            checkName(tag, raw);
            m_open.append(OpenSection{tag.name, tag.kind, tagStart, m_delimiters});
            m_maxDepth = std::max(m_maxDepth, m_open.size());
            if (m_open.size() > ApologyTemplate::kMaxSectionDepth && m_tooDeepAt < 0)
                m_tooDeepAt = tagStart;
            break;
        case TagKind::Variable:
        case TagKind::Unescaped:
        case TagKind::Triple: checkName(tag, raw); break;
        case TagKind::Delimiters: break;
        }
        return tagEnd;
    }

    // The engine's reading of a tag's trimmed contents.
    static void classify(bool triple, const QString& contents, Token& tag)
    {
        if (triple) {
            tag.kind = TagKind::Triple;
            tag.name = contents;
            return;
        }
        if (contents.isEmpty()) {
            tag.kind = TagKind::Variable;
            return;
        }
        switch (contents.front().unicode()) {
        case u'#': tag.kind = TagKind::Section; break;
        case u'^': tag.kind = TagKind::Inverted; break;
        case u'/': tag.kind = TagKind::End; break;
        case u'>': tag.kind = TagKind::Partial; break;
        case u'&': tag.kind = TagKind::Unescaped; break;
        case u'!': tag.kind = TagKind::Comment; break;
        default:
            tag.kind = TagKind::Variable;
            tag.name = contents;
            return;
        }
        tag.name = engineTrim(QStringView(contents).mid(1));
    }

    void checkName(const Token& tag, const QString& raw)
    {
        if (tag.name.isEmpty()) {
            fail(tag.start,
                 Tr::tr("empty tag %1: write a placeholder name between the braces").arg(shown(raw)));
            return;
        }
        if (tag.name == u".") {
            fail(tag.start, Tr::tr("%1 is not supported; name the value instead, e.g. %2")
                                .arg(shown(raw), written(TagKind::Variable, QStringLiteral("customer.name"),
                                                         m_delimiters)));
            return;
        }
        if (TemplateContext::isKnown(tag.name))
            return;
        const QString wrong = shown(written(tag.kind, tag.name, m_delimiters));
        const QString guess = suggestionFor(tag.name);
        if (guess.isEmpty())
            fail(tag.start, Tr::tr("unknown placeholder %1").arg(wrong));
        else
            fail(tag.start, Tr::tr("unknown placeholder %1; did you mean %2?")
                                .arg(wrong, written(tag.kind, guess, m_delimiters)));
    }

    void closeSection(Token& tag, const QString& raw)
    {
        if (m_open.isEmpty()) {
            fail(tag.start, Tr::tr("%1 closes a section that was never opened").arg(shown(raw)));
            return;
        }
        const OpenSection& s = m_open.last();
        if (s.name != tag.name) {
            const ApologyTemplate::Problem opened = problemAt(m_text, s.start, {});
            fail(tag.start,
                 Tr::tr("%1 does not match the open section %2 from line %3, column %4; expected %5")
                     .arg(shown(raw), written(s.kind, s.name, s.delimiters), QString::number(opened.line),
                          QString::number(opened.column), written(TagKind::End, s.name, m_delimiters)));
            return;
        }
        m_open.removeLast();
    }

    const QString& m_text;
    Delimiters m_delimiters;
    QList<OpenSection> m_open;
    qsizetype m_maxDepth = 0;
    qsizetype m_tooDeepAt = -1; ///< the first section opened over the limit
    Scan m_scan;
};

bool isSpaceOrTab(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c == u' ' || c == u'\t'; });
}

// The Mustache spec's standalone lines: a line with section tags, comments
// or delimiter changes and nothing else but spaces loses its spaces and its
// line break, so "{{#x}}" on a line of its own leaves no trace.
void markStandaloneLines(const QString& text, QList<Token>& tokens)
{
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i <= tokens.size(); ++i) {
        const bool lineEnds = i == tokens.size() || tokens[i].type == Token::Type::Newline;
        if (!lineEnds)
            continue;
        bool control = false;
        bool output = false;
        for (qsizetype j = lineStart; j < i; ++j) {
            const Token& t = tokens[j];
            if (t.type == Token::Type::Text)
                output = output || !isSpaceOrTab(QStringView(text).mid(t.start, t.end - t.start));
            else if (t.kind == TagKind::Variable || t.kind == TagKind::Unescaped || t.kind == TagKind::Triple)
                output = true;
            else
                control = true;
        }
        if (control && !output) {
            for (qsizetype j = lineStart; j <= i && j < tokens.size(); ++j) {
                if (tokens[j].type != Token::Type::Tag)
                    tokens[j].dropped = true;
            }
        }
        lineStart = i + 1;
    }
}

void appendEncoded(QString& out, QStringView text)
{
    for (const QChar c : text) {
        if (c == kEscape)
            out += QChar(kEscape) + QStringLiteral("1");
        else if (c == u'{')
            out += QChar(kEscape) + QStringLiteral("b");
        else if (c == u'\n')
            out += QChar(kEscape) + QStringLiteral("n");
        else if (c == u'\r')
            out += QChar(kEscape) + QStringLiteral("r");
        else
            out += c;
    }
}

// The template the engine renders (see the top of this file).
QByteArray prepare(const QString& text, const QList<Token>& tokens)
{
    QString out;
    out.reserve(text.size() + 16);
    for (const Token& t : tokens) {
        if (t.dropped)
            continue;
        switch (t.type) {
        case Token::Type::Text:
        case Token::Type::Newline: appendEncoded(out, QStringView(text).mid(t.start, t.end - t.start)); break;
        case Token::Type::Tag:
            switch (t.kind) {
            case TagKind::Variable:
            case TagKind::Unescaped:
            case TagKind::Triple: out += QStringLiteral("{{") + t.name + QStringLiteral("}}"); break;
            case TagKind::Section: out += QStringLiteral("{{#") + t.name + QStringLiteral("}}"); break;
            case TagKind::Inverted: out += QStringLiteral("{{^") + t.name + QStringLiteral("}}"); break;
            case TagKind::End: out += QStringLiteral("{{/") + t.name + QStringLiteral("}}"); break;
            case TagKind::Comment:
            case TagKind::Partial:
            case TagKind::Delimiters: break;
            }
            break;
        }
    }
    // The engine drops a last line that holds a section and renders only
    // spaces; a closing mark that is not a space keeps it from guessing.
    out += QChar(kEscape) + QStringLiteral("e");
    return out.toUtf8();
}

std::string encodeValue(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == kEscape)
            out += QChar(kEscape) + QStringLiteral("1");
        else
            out += c;
    }
    return out.toStdString();
}

QString decode(const std::string& rendered)
{
    QByteArray out;
    out.reserve(static_cast<qsizetype>(rendered.size()));
    for (std::size_t i = 0; i < rendered.size(); ++i) {
        const char c = rendered[i];
        if (c != kEscapeByte || i + 1 == rendered.size()) {
            out += c;
            continue;
        }
        switch (rendered[++i]) {
        case '1': out += kEscapeByte; break;
        case 'b': out += '{'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        default: break; // 'e', the closing mark
        }
    }
    return QString::fromUtf8(out);
}

// The engine's own verdict on a text, as an error message, or empty.
std::string engineError(const std::string& text)
{
    try {
        const mustache::mustache engine{text};
        return engine.error_message();
    } catch (const std::exception& e) {
        return e.what();
    }
}

// The scan, and then the engine's own parse as a backstop.
Scan scanChecked(const QString& text)
{
    // Checked before anything reads the text, so an oversized template
    // costs nothing but its length.
    if (text.size() > ApologyTemplate::kMaxLength) {
        Scan scan;
        scan.problem = ApologyTemplate::Problem{
            1, 1, 0,
            Tr::tr("the template is %1 characters long; the limit is %2")
                .arg(QString::number(text.size()), QString::number(ApologyTemplate::kMaxLength))};
        return scan;
    }
    Scan scan = Scanner(text).run();
    if (scan.problem)
        return scan;
    const std::string verdict = engineError(text.toStdString());
    if (verdict.empty())
        return scan;
    // The scan follows the engine's rules, so this is not expected; should
    // it happen, the engine's words are better than accepting the template.
    std::size_t byteOffset = 0;
    if (const auto at = verdict.rfind(" at "); at != std::string::npos)
        byteOffset = std::strtoull(verdict.c_str() + at + 4, nullptr, 10);
    scan.problem =
        problemAt(text, indexOfByte(text, byteOffset),
                  Tr::tr("the template engine refuses this: %1").arg(QString::fromStdString(verdict)));
    return scan;
}

} // namespace

QString ApologyTemplate::Problem::toString() const
{
    return Tr::tr("line %1, column %2: %3").arg(QString::number(line), QString::number(column), message);
}

std::optional<ApologyTemplate::Problem> ApologyTemplate::check(const QString& text)
{
    return scanChecked(text).problem;
}

Result<ApologyTemplate> ApologyTemplate::parse(const QString& text)
{
    Scan scan = scanChecked(text);
    if (scan.problem)
        return invalid(QStringLiteral("template"), scan.problem->toString());
    markStandaloneLines(text, scan.tokens);

    ApologyTemplate t;
    t.m_text = text;
    t.m_prepared = prepare(text, scan.tokens);
    for (const Token& token : std::as_const(scan.tokens)) {
        const bool usesValue =
            token.kind != TagKind::Comment && token.kind != TagKind::End && token.kind != TagKind::Delimiters;
        if (token.type == Token::Type::Tag && usesValue && !t.m_placeholders.contains(token.name))
            t.m_placeholders << token.name;
    }
    // Built from checked tags only, so the engine must accept it; if it
    // ever does not, that is our bug and the template is not used.
    const std::string verdict = engineError(t.m_prepared.toStdString());
    if (!verdict.empty()) {
        Error e =
            Error::make(Error::Code::InvalidInput, Tr::tr("The template could not be prepared for use."),
                        QString::fromStdString(verdict));
        e.field = QStringLiteral("template");
        return std::unexpected(std::move(e));
    }
    return t;
}

QString ApologyTemplate::render(const TemplateContext& context) const
{
    if (m_prepared.isEmpty())
        return {};
    // A value that is empty is `false` to the engine: an empty string would
    // still open a {{#section}} (the engine treats every string as true).
    std::map<std::string, mustache::object> groups;
    for (const QString& name : TemplateContext::names()) {
        const QString value = context.value(name);
        groups[name.section(u'.', 0, 0).toStdString()].emplace(
            name.section(u'.', 1).toStdString(), value.isEmpty()
                                                     ? mustache::data{mustache::data::type::bool_false}
                                                     : mustache::data{encodeValue(value)});
    }
    mustache::data root{mustache::data::type::object};
    for (const auto& [group, values] : groups)
        root.set(group, mustache::data{values});

    try {
        mustache::mustache engine{m_prepared.toStdString()};
        // Plain text: values go in as they are. Every tag of the prepared
        // template is the escaped {{name}} form, so this is the only path.
        engine.set_custom_escape([](const std::string& s) { return s; });
        const std::string out = engine.render(root);
        if (!engine.is_valid())
            return {};
        return decode(out);
    } catch (const std::exception&) {
        // Only allocation can throw here; an empty draft is the honest result.
        return {};
    }
}

} // namespace redress::core
