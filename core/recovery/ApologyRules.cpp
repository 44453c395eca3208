#include "core/recovery/ApologyRules.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLoggingCategory>

// The rules file is compiled into the static core library; a static
// library's resources are only registered when someone asks for them.
static void initApologyRulesResource()
{
    Q_INIT_RESOURCE(apology_rules);
}

namespace redress::core {

namespace {

Q_LOGGING_CATEGORY(lcRules, "redress.recovery.rules")

const char* const translationContext = "redress::core::ApologyRules";

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::ApologyRules)
};

// The shipped "why" lines, listed so that lupdate extracts them; keep them in
// step with resources/apology-rules.json. A line that is not listed here is
// still shown, only untranslated.
[[maybe_unused]] const char* const shippedWhys[] = {
    QT_TRANSLATE_NOOP("redress::core::ApologyRules",
                      "Plays the problem down (normal, minor, to be expected) instead of owning it."),
    QT_TRANSLATE_NOOP(
        "redress::core::ApologyRules",
        "Puts the problem off: waits, hopes it goes away or leaves the next move to the customer."),
    QT_TRANSLATE_NOOP("redress::core::ApologyRules",
                      "Argues with the customer: says it is not our fault or that they caused it."),
    QT_TRANSLATE_NOOP(
        "redress::core::ApologyRules",
        "Points at the org chart, a policy, a system or a third party; the customer doesn't care whose "
        "it was."),
    QT_TRANSLATE_NOOP("redress::core::ApologyRules", "Says sorry for the customer's feelings, for an 'if', "
                                                     "or for what we had to do, not for what went wrong."),
    QT_TRANSLATE_NOOP("redress::core::ApologyRules",
                      "Talks about how hard this is for us; the customer wrote about what it did to them."),
    QT_TRANSLATE_NOOP("redress::core::ApologyRules", "The draft never says sorry for what went wrong."),
    QT_TRANSLATE_NOOP("redress::core::ApologyRules",
                      "The draft names no concrete next step or date the customer can hold us to."),
};

// Every pattern is matched against one normalised draft (see
// ApologyChecker): case does not matter, \w and \b know letters beyond
// ASCII, and ^ and $ stand at the start and end of each sentence.
constexpr QRegularExpression::PatternOptions patternOptions = QRegularExpression::CaseInsensitiveOption |
                                                              QRegularExpression::UseUnicodePropertiesOption |
                                                              QRegularExpression::MultilineOption;

// Where a pattern sits in the file, for messages that send a person to it.
struct Place
{
    QString source;
    QString section; // "kind \"reject\"", "skip.lines" …
    QString list;    // "pattern", "unless pattern"
    int number = 0;  // 1-based, as people count
};

std::unexpected<Error> invalidAt(const Place& place, const QString& text, const QString& problem)
{
    return fail(Error::Code::InvalidInput, Tr::tr("%1: %2, %3 %4 (%5): %6")
                                               .arg(place.source, place.section, place.list,
                                                    QString::number(place.number), text, problem));
}

// {name} in a pattern stands for a term of the file's "terms" table, so a
// vocabulary (blame verbs, weekdays …) is written once and shared. A quantifier
// such as {2,3} never matches the name syntax, so it is left alone.
Result<QString> expandTerms(const QString& pattern, const QHash<QString, QString>& terms, const Place& place,
                            int depth = 0)
{
    static const QRegularExpression reference(QStringLiteral("(?<!\\\\)\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    if (depth > 8)
        return invalidAt(place, pattern, Tr::tr("its terms refer to each other in a circle"));
    QString expanded;
    qsizetype last = 0;
    for (auto it = reference.globalMatch(pattern); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        const auto term = terms.constFind(name);
        if (term == terms.cend())
            return invalidAt(place, pattern,
                             Tr::tr("it uses the term {%1}, which \"terms\" does not define").arg(name));
        auto inner = expandTerms(*term, terms, place, depth + 1);
        if (!inner)
            return std::unexpected(inner.error());
        expanded += QStringView(pattern).mid(last, m.capturedStart() - last);
        expanded += QStringLiteral("(?:") + *inner + QLatin1Char(')');
        last = m.capturedEnd();
    }
    expanded += QStringView(pattern).mid(last);
    return expanded;
}

Result<QRegularExpression> compile(const QString& text, const QHash<QString, QString>& terms,
                                   const Place& place)
{
    if (text.trimmed().isEmpty())
        return invalidAt(place, text, Tr::tr("a pattern may not be empty"));
    auto expanded = expandTerms(text, terms, place);
    if (!expanded)
        return std::unexpected(expanded.error());
    QRegularExpression regex(*expanded, patternOptions);
    if (!regex.isValid()) {
        return invalidAt(place, text,
                         Tr::tr("not a valid regular expression: %1 at character %2")
                             .arg(regex.errorString())
                             .arg(regex.patternErrorOffset()));
    }
    // A pattern that matches nothing at all would mark empty passages or
    // count as a cue in every draft.
    if (regex.match(QString()).hasMatch())
        return invalidAt(place, text, Tr::tr("it matches empty text"));
    // Compile to machine code now: the default rules are loaded once and
    // then run over every draft a rep edits.
    regex.optimize();
    return regex;
}

Result<QList<QRegularExpression>> compileList(const QJsonValue& value, const QHash<QString, QString>& terms,
                                              Place place)
{
    QList<QRegularExpression> list;
    if (value.isUndefined())
        return list;
    if (!value.isArray())
        return fail(Error::Code::InvalidInput, Tr::tr("%1: %2: the %3s must be a list of strings.")
                                                   .arg(place.source, place.section, place.list));
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        place.number = int(i) + 1;
        if (!array.at(i).isString())
            return invalidAt(
                place,
                QString::fromUtf8(QJsonDocument(QJsonArray{array.at(i)}).toJson(QJsonDocument::Compact)),
                Tr::tr("not a string"));
        auto regex = compile(array.at(i).toString(), terms, place);
        if (!regex)
            return std::unexpected(regex.error());
        list << *regex;
    }
    return list;
}

// Keys a person may write beside the ones that mean something: notes that
// explain a rule to the next person who tunes it.
bool isNote(const QString& key)
{
    return key == QLatin1String("note") || key.startsWith(QLatin1Char('_'));
}

std::unexpected<Error> unknownKey(const QString& source, const QString& where, const QString& key)
{
    return fail(Error::Code::InvalidInput,
                Tr::tr("%1: %2 has an unknown key \"%3\".").arg(source, where, key));
}

Result<ApologyRules::Pattern> readPattern(const QJsonValue& value, const QHash<QString, QString>& terms,
                                          const Place& place)
{
    ApologyRules::Pattern pattern;
    if (value.isString()) {
        auto regex = compile(value.toString(), terms, place);
        if (!regex)
            return std::unexpected(regex.error());
        pattern.regex = *regex;
        return pattern;
    }
    if (!value.isObject())
        return invalidAt(place, QString(), Tr::tr("a pattern is a string or an object with \"match\""));
    const QJsonObject object = value.toObject();
    const QString where = QStringLiteral("%1, %2 %3").arg(place.section, place.list).arg(place.number);
    for (const QString& key : object.keys()) {
        if (key != QLatin1String("match") && key != QLatin1String("unless") && !isNote(key))
            return unknownKey(place.source, where, key);
    }
    if (!object.value(QLatin1String("match")).isString())
        return invalidAt(place, QString(), Tr::tr("the object has no \"match\" string"));
    auto regex = compile(object.value(QLatin1String("match")).toString(), terms, place);
    if (!regex)
        return std::unexpected(regex.error());
    pattern.regex = *regex;
    Place unlessPlace{place.source, where, QStringLiteral("unless pattern"), 0};
    auto unless = compileList(object.value(QLatin1String("unless")), terms, unlessPlace);
    if (!unless)
        return std::unexpected(unless.error());
    pattern.unless = *unless;
    return pattern;
}

// The named pieces patterns share as {name}, each checked on its own.
Result<QHash<QString, QString>> readTerms(const QJsonObject& root, const QString& source)
{
    QHash<QString, QString> terms;
    const QJsonObject termObject = root.value(QLatin1String("terms")).toObject();
    for (auto it = termObject.begin(); it != termObject.end(); ++it) {
        if (isNote(it.key()))
            continue;
        if (!it.value().isString())
            return fail(Error::Code::InvalidInput,
                        Tr::tr("%1: the term {%2} must be a string.").arg(source, it.key()));
        terms.insert(it.key(), it.value().toString());
    }
    // Each term on its own, so a broken one is reported as the term and not
    // as the first pattern that happens to use it.
    for (auto it = terms.cbegin(); it != terms.cend(); ++it) {
        const Place place{source, Tr::tr("term {%1}").arg(it.key()), Tr::tr("definition"), 1};
        auto expanded = expandTerms(it.value(), terms, place);
        if (!expanded)
            return std::unexpected(expanded.error());
        const QRegularExpression regex(*expanded, patternOptions);
        if (!regex.isValid())
            return invalidAt(place, it.value(),
                             Tr::tr("not a valid regular expression: %1 at character %2")
                                 .arg(regex.errorString())
                                 .arg(regex.patternErrorOffset()));
    }
    return terms;
}

// One kind's why, patterns and exceptions; `section` names it in messages.
Result<ApologyRules::KindRules> readKind(const QJsonValue& value, const QString& section,
                                         const QHash<QString, QString>& terms, const QString& source)
{
    if (!value.isObject())
        return fail(Error::Code::InvalidInput, Tr::tr("%1: %2 must be an object.").arg(source, section));
    const QJsonObject object = value.toObject();
    for (const QString& key : object.keys()) {
        if (key != QLatin1String("why") && key != QLatin1String("patterns") &&
            key != QLatin1String("unless") && !isNote(key))
            return unknownKey(source, section, key);
    }
    ApologyRules::KindRules target;
    target.why = object.value(QLatin1String("why")).toString().trimmed();
    if (target.why.isEmpty())
        return fail(Error::Code::InvalidInput,
                    Tr::tr("%1: %2 has no \"why\", the line shown with its findings.").arg(source, section));
    const QJsonValue patterns = object.value(QLatin1String("patterns"));
    if (!patterns.isArray())
        return fail(Error::Code::InvalidInput,
                    Tr::tr("%1: %2 has no \"patterns\" list.").arg(source, section));
    const QJsonArray array = patterns.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto pattern = readPattern(array.at(i), terms, Place{source, section, Tr::tr("pattern"), int(i) + 1});
        if (!pattern)
            return std::unexpected(pattern.error());
        target.patterns << *pattern;
    }
    auto unless = compileList(object.value(QLatin1String("unless")), terms,
                              Place{source, section, Tr::tr("unless pattern"), 0});
    if (!unless)
        return std::unexpected(unless.error());
    target.unless = *unless;
    return target;
}

} // namespace

QList<ApologyKind> allApologyKinds()
{
    return {ApologyKind::Reject,    ApologyKind::Ignore,     ApologyKind::Disagree,
            ApologyKind::Excuse,    ApologyKind::NonApology, ApologyKind::SelfCentred,
            ApologyKind::NoApology, ApologyKind::NoNextStep};
}

QString keyOf(ApologyKind kind)
{
    switch (kind) {
    case ApologyKind::Reject: return QStringLiteral("reject");
    case ApologyKind::Ignore: return QStringLiteral("ignore");
    case ApologyKind::Disagree: return QStringLiteral("disagree");
    case ApologyKind::Excuse: return QStringLiteral("excuse");
    case ApologyKind::NonApology: return QStringLiteral("non-apology");
    case ApologyKind::SelfCentred: return QStringLiteral("self-centred");
    case ApologyKind::NoApology: return QStringLiteral("no-apology");
    case ApologyKind::NoNextStep: return QStringLiteral("no-next-step");
    }
    return {};
}

std::optional<ApologyKind> apologyKindFromKey(const QString& key)
{
    for (ApologyKind kind : allApologyKinds()) {
        if (keyOf(kind) == key)
            return kind;
    }
    return std::nullopt;
}

bool isPassageKind(ApologyKind kind)
{
    return kind != ApologyKind::NoApology && kind != ApologyKind::NoNextStep;
}

bool isReflex(ApologyKind kind)
{
    return kind != ApologyKind::NoNextStep;
}

QString ApologyRules::why(ApologyKind kind) const
{
    const QString& source = m_kinds[index(kind)].why;
    if (source.isEmpty())
        return {};
    return QCoreApplication::translate(translationContext, source.toUtf8().constData());
}

QString ApologyRules::defaultsPath(const QString& language)
{
    if (language == QLatin1String("de"))
        return QStringLiteral(":/redress/apology-rules.de.json");
    return QStringLiteral(":/redress/apology-rules.json");
}

Result<ApologyRules> ApologyRules::fromJson(const QByteArray& json, const QString& source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(Error::Code::InvalidInput, Tr::tr("%1 is not valid JSON: %2 at character %3.")
                                                   .arg(source, parseError.errorString())
                                                   .arg(parseError.offset));
    if (!document.isObject())
        return fail(Error::Code::InvalidInput, Tr::tr("%1: the rules must be a JSON object.").arg(source));
    const QJsonObject root = document.object();
    static const QStringList rootKeys{QStringLiteral("format"), QStringLiteral("terms"),
                                      QStringLiteral("abbreviations"), QStringLiteral("skip"),
                                      QStringLiteral("kinds")};
    for (const QString& key : root.keys()) {
        if (!rootKeys.contains(key) && !isNote(key))
            return unknownKey(source, Tr::tr("the top level"), key);
    }
    if (root.contains(QLatin1String("format")) && root.value(QLatin1String("format")).toInt() != 1)
        return fail(Error::Code::InvalidInput,
                    Tr::tr("%1: format %2 is not one this version reads (it reads format 1).")
                        .arg(source, root.value(QLatin1String("format")).toVariant().toString()));

    auto terms = readTerms(root, source);
    if (!terms)
        return std::unexpected(terms.error());

    ApologyRules rules;
    for (const QJsonValue& value : root.value(QLatin1String("abbreviations")).toArray())
        rules.m_abbreviations << value.toString().toLower();

    const QJsonObject skip = root.value(QLatin1String("skip")).toObject();
    for (const QString& key : skip.keys()) {
        if (key != QLatin1String("lines") && key != QLatin1String("from") && key != QLatin1String("spans") &&
            !isNote(key))
            return unknownKey(source, QStringLiteral("\"skip\""), key);
    }
    const struct
    {
        const char* key;
        QList<QRegularExpression>* target;
    } skipLists[] = {
        {"lines", &rules.m_skipLines}, {"from", &rules.m_skipFrom}, {"spans", &rules.m_skipSpans}};
    for (const auto& list : skipLists) {
        const QString key = QString::fromLatin1(list.key);
        auto compiled = compileList(skip.value(key), *terms,
                                    Place{source, QStringLiteral("skip.") + key, Tr::tr("pattern"), 0});
        if (!compiled)
            return std::unexpected(compiled.error());
        *list.target = *compiled;
    }

    if (!root.value(QLatin1String("kinds")).isObject())
        return fail(Error::Code::InvalidInput, Tr::tr("%1: there is no \"kinds\" object.").arg(source));
    const QJsonObject kinds = root.value(QLatin1String("kinds")).toObject();
    for (auto it = kinds.begin(); it != kinds.end(); ++it) {
        if (isNote(it.key()))
            continue;
        const auto kind = apologyKindFromKey(it.key());
        if (!kind) {
            QStringList known;
            for (ApologyKind k : allApologyKinds())
                known << keyOf(k);
            return fail(Error::Code::InvalidInput,
                        Tr::tr("%1: \"%2\" is not a kind of finding; the kinds are %3.")
                            .arg(source, it.key(), known.join(QStringLiteral(", "))));
        }
        const QString section = Tr::tr("kind \"%1\"").arg(it.key());
        auto read = readKind(it.value(), section, *terms, source);
        if (!read)
            return std::unexpected(read.error());
        rules.m_kinds[index(*kind)] = *read;
    }
    return rules;
}

namespace {

ApologyRules readShipped(const QString& path)
{
    initApologyRulesResource();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcRules) << "the shipped apology rules are missing:" << path << file.errorString();
        return ApologyRules();
    }
    auto rules = ApologyRules::fromJson(file.readAll(), path);
    if (!rules) {
        // A broken shipped file is a build mistake the tests catch; a
        // program that got out anyway checks nothing rather than crash.
        qCCritical(lcRules) << rules.error().toString();
        return ApologyRules();
    }
    return *std::move(rules);
}

} // namespace

ApologyRules ApologyRules::defaults(const QString& language)
{
    // Read and compiled once per language: some three hundred patterns take
    // a noticeable tenth of a second to JIT-compile, and every checker then
    // shares them.
    if (language == QLatin1String("de")) {
        static const ApologyRules german = readShipped(defaultsPath(QStringLiteral("de")));
        return german;
    }
    static const ApologyRules english = readShipped(defaultsPath(QStringLiteral("en")));
    return english;
}

} // namespace redress::core
