#include "core/recovery/ApologyTemplateSet.h"

#include "core/cases/Case.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::ApologyTemplateSet)
};

const QString kField = QStringLiteral("templates");

QString keyOfImpact(BusinessImpact i)
{
    switch (i) {
    case BusinessImpact::None: return QStringLiteral("none");
    case BusinessImpact::Minor: return QStringLiteral("minor");
    case BusinessImpact::Major: return QStringLiteral("major");
    case BusinessImpact::Stopped: return QStringLiteral("stopped");
    }
    return {};
}

// The segments Customer::segment holds; a typo in the index would silently
// never match, so anything else is refused.
const QStringList& knownSegments()
{
    static const QStringList segments{QStringLiteral("consumer"), QStringLiteral("small business"),
                                      QStringLiteral("key account")};
    return segments;
}

QString normalised(const QString& s)
{
    return s.simplified().toLower();
}

// `needle` occurs in `haystack` as whole words: "bill" is found in "the bill
// was wrong" but not in "Billy". Both are already lower case.
bool containsWords(const QString& haystack, const QString& needle)
{
    if (needle.isEmpty())
        return false;
    const auto isWordChar = [](QChar c) { return c.isLetterOrNumber() || c == u'_'; };
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
        const qsizetype end = at + needle.size();
        const bool startsWord = at == 0 || !isWordChar(haystack[at - 1]);
        const bool endsWord = end == haystack.size() || !isWordChar(haystack[end]);
        if (startsWord && endsWord)
            return true;
    }
    return false;
}

// Reads the "suits" object of one index entry into `e`; an error message
// or empty.
QString readSuits(const QJsonObject& suits, ApologyTemplateSet::Entry& e)
{
    static const QSet<QString> keys{QStringLiteral("categories"),  QStringLiteral("keywords"),
                                    QStringLiteral("minSeverity"), QStringLiteral("impacts"),
                                    QStringLiteral("segments"),    QStringLiteral("repeat")};
    for (auto it = suits.begin(); it != suits.end(); ++it) {
        if (!keys.contains(it.key()))
            return Tr::tr("unknown criterion \"%1\"").arg(it.key());
    }
    // A list of strings, or "any" (the same as leaving the criterion out).
    const auto list = [&suits](const QString& name, QStringList& out) -> bool {
        const QJsonValue v = suits.value(name);
        if (v.isUndefined() || v.toString() == u"any")
            return true;
        if (!v.isArray())
            return false;
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString() || item.toString().simplified().isEmpty())
                return false;
            out << item.toString().simplified();
        }
        return true;
    };
    if (!list(QStringLiteral("categories"), e.categories))
        return Tr::tr("\"categories\" must be \"any\" or a list of names");
    if (!list(QStringLiteral("keywords"), e.keywords))
        return Tr::tr("\"keywords\" must be a list of words");
    QStringList impacts;
    if (!list(QStringLiteral("impacts"), impacts))
        return Tr::tr("\"impacts\" must be \"any\" or a list of none, minor, major, stopped");
    for (const QString& name : std::as_const(impacts)) {
        const auto all = allImpacts();
        const auto found = std::find_if(all.begin(), all.end(),
                                        [&](BusinessImpact i) { return keyOfImpact(i) == normalised(name); });
        if (found == all.end())
            return Tr::tr("unknown business impact \"%1\"; use none, minor, major or stopped").arg(name);
        e.impacts << *found;
    }
    QStringList segments;
    if (!list(QStringLiteral("segments"), segments))
        return Tr::tr("\"segments\" must be \"any\" or a list of customer segments");
    for (const QString& name : std::as_const(segments)) {
        if (!knownSegments().contains(normalised(name)))
            return Tr::tr("unknown customer segment \"%1\"; use %2")
                .arg(name, knownSegments().join(QStringLiteral(", ")));
        e.segments << normalised(name);
    }
    const QJsonValue severity = suits.value(QStringLiteral("minSeverity"));
    if (!severity.isUndefined()) {
        const auto s = severity.isDouble() ? severityFromInt(severity.toInt()) : std::nullopt;
        if (!s || severity.toDouble() != severity.toInt())
            return Tr::tr("\"minSeverity\" must be a whole number from 1 (low) to 4 (critical)");
        e.minSeverity = *s;
    }
    const QJsonValue repeat = suits.value(QStringLiteral("repeat"));
    if (!repeat.isUndefined() && !repeat.isBool())
        return Tr::tr("\"repeat\" must be true or false");
    e.repeatOnly = repeat.toBool(false);
    return {};
}

bool statesNothing(const ApologyTemplateSet::Entry& e)
{
    return e.categories.isEmpty() && e.keywords.isEmpty() && e.impacts.isEmpty() && e.segments.isEmpty() &&
           e.minSeverity == Severity::Low && !e.repeatOnly;
}

} // namespace

ApologyTemplateSet::Situation ApologyTemplateSet::Situation::of(const Case& c, const QString& category,
                                                                const QString& segment, bool repeat)
{
    Situation s;
    s.category = category;
    s.severity = c.severity;
    s.impact = c.impact;
    s.segment = segment;
    s.repeat = repeat;
    s.problem = c.description;
    return s;
}

int ApologyTemplateSet::Entry::score(const Situation& s) const
{
    int score = 0;
    if (!categories.isEmpty() || !keywords.isEmpty()) {
        const QString category = normalised(s.category);
        const bool byCategory = std::any_of(categories.begin(), categories.end(),
                                            [&](const QString& c) { return normalised(c) == category; });
        const QString problem = s.problem.toLower();
        const bool byKeyword = std::any_of(keywords.begin(), keywords.end(), [&](const QString& k) {
            return containsWords(problem, k.toLower());
        });
        if (!byCategory && !byKeyword)
            return -1;
        score += byCategory && byKeyword ? 4 : (byKeyword ? 3 : 2);
    }
    if (static_cast<int>(s.severity) < static_cast<int>(minSeverity))
        return -1;
    score += static_cast<int>(minSeverity) - static_cast<int>(Severity::Low);
    if (!impacts.isEmpty()) {
        if (!impacts.contains(s.impact))
            return -1;
        score += 8;
    }
    if (!segments.isEmpty()) {
        if (!segments.contains(normalised(s.segment)))
            return -1;
        score += 2;
    }
    if (repeatOnly) {
        if (!s.repeat)
            return -1;
        score += 4;
    }
    return score;
}

QString ApologyTemplateSet::defaultsPath()
{
    return QStringLiteral(":/redress/templates");
}

Result<ApologyTemplateSet> ApologyTemplateSet::defaults()
{
    return load(defaultsPath());
}

Result<ApologyTemplateSet> ApologyTemplateSet::load(const QString& folder)
{
    const QDir dir(folder);
    const QString indexPath = dir.filePath(QStringLiteral("index.json"));
    QFile index(indexPath);
    if (!index.open(QIODevice::ReadOnly))
        return invalid(kField,
                       Tr::tr("Cannot read the template index %1: %2").arg(indexPath, index.errorString()));
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(index.readAll(), &jsonError);
    if (doc.isNull())
        return invalid(kField,
                       Tr::tr("The template index %1 is not valid JSON: %2 (at character %3)")
                           .arg(indexPath, jsonError.errorString(), QString::number(jsonError.offset)));
    const QJsonValue list = doc.object().value(QStringLiteral("templates"));
    if (!list.isArray())
        return invalid(kField, Tr::tr("The template index %1 has no \"templates\" list.").arg(indexPath));

    ApologyTemplateSet set;
    QSet<QString> keys;
    static const QSet<QString> entryKeys{QStringLiteral("key"), QStringLiteral("title"),
                                         QStringLiteral("file"), QStringLiteral("suits")};
    int position = 0;
    for (const QJsonValue& item : list.toArray()) {
        ++position;
        const QJsonObject o = item.toObject();
        Entry e;
        e.key = o.value(QStringLiteral("key")).toString().trimmed();
        e.title = o.value(QStringLiteral("title")).toString().simplified();
        e.file = o.value(QStringLiteral("file")).toString().trimmed();
        const QString where = e.key.isEmpty() ? Tr::tr("entry %1").arg(position) : e.key;
        const auto entryError = [&](const QString& what) {
            return invalid(kField, Tr::tr("%1, %2: %3").arg(indexPath, where, what));
        };
        if (!item.isObject())
            return entryError(Tr::tr("each entry must be an object"));
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!entryKeys.contains(it.key()))
                return entryError(Tr::tr("unknown field \"%1\"").arg(it.key()));
        }
        if (e.key.isEmpty() || e.title.isEmpty() || e.file.isEmpty())
            return entryError(Tr::tr("every entry needs a key, a title and a file"));
        if (keys.contains(e.key))
            return entryError(Tr::tr("the key is used twice"));
        keys.insert(e.key);
        // The file stays inside the set's folder, wherever that is.
        if (QDir::isAbsolutePath(e.file) || e.file.split(u'/').contains(QStringLiteral("..")))
            return entryError(Tr::tr("the file must be a name inside %1").arg(folder));
        const QJsonValue suits = o.value(QStringLiteral("suits"));
        if (!suits.isUndefined() && !suits.isObject())
            return entryError(Tr::tr("\"suits\" must be an object"));
        if (const QString problem = readSuits(suits.toObject(), e); !problem.isEmpty())
            return entryError(problem);

        const QString path = dir.filePath(e.file);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return invalid(kField, Tr::tr("Cannot read the template %1: %2").arg(path, file.errorString()));
        const QString text = QString::fromUtf8(file.readAll());
        auto apology = ApologyTemplate::parse(text);
        if (!apology)
            return invalid(kField, Tr::tr("%1, %2").arg(path, apology.error().message));
        e.apology = std::move(*apology);
        set.m_entries << e;
    }
    if (std::none_of(set.m_entries.begin(), set.m_entries.end(), statesNothing))
        return invalid(kField,
                       Tr::tr("The template index %1 needs an entry without criteria, for the cases no other "
                              "template suits.")
                           .arg(indexPath));
    return set;
}

const ApologyTemplateSet::Entry* ApologyTemplateSet::find(const QString& key) const
{
    for (const Entry& e : m_entries) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

QString ApologyTemplateSet::suggest(const Situation& s) const
{
    const Entry* best = nullptr;
    int bestScore = -1;
    for (const Entry& e : m_entries) {
        // Strictly greater: on a tie the entry listed first stays.
        if (const int score = e.score(s); score > bestScore) {
            best = &e;
            bestScore = score;
        }
    }
    return best ? best->key : QString();
}

} // namespace redress::core
