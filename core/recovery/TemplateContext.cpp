#include "core/recovery/TemplateContext.h"

#include "core/cases/Case.h"

#include <QCoreApplication>

#include <array>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::TemplateContext)
};

struct NameInfo
{
    const char* name;
    const char* help;
};

// The one list of names: names(), describe() and the constructor read it,
// so a name cannot be known to one and missing from another.
constexpr std::array nameTable{
    NameInfo{"customer.name",
             QT_TRANSLATE_NOOP("redress::core::TemplateContext", "The customer's full name.")},
    NameInfo{"customer.first_name",
             QT_TRANSLATE_NOOP("redress::core::TemplateContext",
                               "How to greet the customer: their given name, or title and family name.")},
    NameInfo{"customer.last_name", QT_TRANSLATE_NOOP("redress::core::TemplateContext",
                                                     "The customer's family name; may be empty.")},
    NameInfo{"customer.company", QT_TRANSLATE_NOOP("redress::core::TemplateContext",
                                                   "The company the customer speaks for; may be empty.")},
    NameInfo{"case.reference",
             QT_TRANSLATE_NOOP("redress::core::TemplateContext", "The case reference, e.g. RD-000123.")},
    NameInfo{"case.product", QT_TRANSLATE_NOOP("redress::core::TemplateContext",
                                               "The product or service the complaint is about.")},
    NameInfo{"case.problem", QT_TRANSLATE_NOOP("redress::core::TemplateContext",
                                               "What went wrong, in the customer's own words.")},
    NameInfo{
        "case.channel",
        QT_TRANSLATE_NOOP("redress::core::TemplateContext",
                          "How the customer told us, completing \"you told us …\": by phone, by email …")},
    NameInfo{"case.opened",
             QT_TRANSLATE_NOOP("redress::core::TemplateContext", "The day the case was opened.")},
    NameInfo{"case.promised_by",
             QT_TRANSLATE_NOOP("redress::core::TemplateContext",
                               "The day we promised to have it put right; may be empty.")},
    NameInfo{"case.next_step", QT_TRANSLATE_NOOP("redress::core::TemplateContext",
                                                 "What happens next, as you wrote it; may be empty.")},
    NameInfo{"agent.name", QT_TRANSLATE_NOOP("redress::core::TemplateContext", "Your name.")},
    NameInfo{"agent.first_name", QT_TRANSLATE_NOOP("redress::core::TemplateContext", "Your given name.")},
    NameInfo{
        "company.name",
        QT_TRANSLATE_NOOP("redress::core::TemplateContext",
                          "Our company's name as customers know it (a setting); \"our team\" when not set.")},
};

// Compared without case and without a final full stop. Only dropped when a
// name is left after them: "Dr" alone is someone's name.
bool isTitle(const QString& word)
{
    static const QStringList titles{
        QStringLiteral("mr"),   QStringLiteral("mrs"),  QStringLiteral("ms"),   QStringLiteral("miss"),
        QStringLiteral("mx"),   QStringLiteral("dr"),   QStringLiteral("prof"), QStringLiteral("professor"),
        QStringLiteral("sir"),  QStringLiteral("dame"), QStringLiteral("rev"),  QStringLiteral("herr"),
        QStringLiteral("frau"), QStringLiteral("mme"),  QStringLiteral("mlle"), QStringLiteral("sr"),
        QStringLiteral("sra"),
    };
    QString w = word.toLower();
    if (w.endsWith(QLatin1Char('.')))
        w.chop(1);
    return titles.contains(w);
}

bool isSuffix(const QString& word)
{
    static const QStringList suffixes{QStringLiteral("jr"),  QStringLiteral("sr"), QStringLiteral("ii"),
                                      QStringLiteral("iii"), QStringLiteral("iv"), QStringLiteral("phd"),
                                      QStringLiteral("md"),  QStringLiteral("esq")};
    QString w = word.toLower();
    w.remove(QLatin1Char('.'));
    return suffixes.contains(w);
}

// Words that begin a family name rather than end the given names:
// "Ludwig van Beethoven", "Ursula von der Leyen", "Leonardo da Vinci".
bool isParticle(const QString& word)
{
    static const QStringList particles{
        QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("der"),   QStringLiteral("den"),
        QStringLiteral("de"),  QStringLiteral("del"), QStringLiteral("della"), QStringLiteral("di"),
        QStringLiteral("da"),  QStringLiteral("du"),  QStringLiteral("dos"),   QStringLiteral("das"),
        QStringLiteral("do"),  QStringLiteral("la"),  QStringLiteral("le"),    QStringLiteral("ter"),
        QStringLiteral("ten"), QStringLiteral("bin"), QStringLiteral("binti"), QStringLiteral("ibn"),
        QStringLiteral("al"),  QStringLiteral("el"),  QStringLiteral("zu"),
    };
    return particles.contains(word.toLower());
}

bool isEastAsian(const QString& name)
{
    for (const char32_t cp : name.toUcs4()) {
        switch (QChar::script(cp)) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Hangul: return true;
        default: break;
        }
    }
    return false;
}

QString channelPhrase(Channel c)
{
    switch (c) {
    case Channel::Phone: return Tr::tr("by phone");
    case Channel::Email: return Tr::tr("by email");
    case Channel::Chat: return Tr::tr("in a chat");
    case Channel::InPerson: return Tr::tr("in person");
    case Channel::Social: return Tr::tr("on social media");
    case Channel::Letter: return Tr::tr("by letter");
    case Channel::Web: return Tr::tr("through our website");
    }
    return {};
}

} // namespace

TemplateContext::TemplateContext()
{
    for (const NameInfo& info : nameTable)
        m_values.insert(QString::fromLatin1(info.name), QString());
}

TemplateContext TemplateContext::forCase(const Case& c, const QString& agentName, const QString& nextStep,
                                         const QDate& promisedBy, const QLocale& locale,
                                         const QString& company)
{
    TemplateContext context;
    const auto set = [&context](const char* name, const QString& value) {
        context.m_values.insert(QString::fromLatin1(name), value);
    };
    const NameParts customer = splitName(c.customerName);
    set("customer.name", c.customerName.simplified());
    set("customer.first_name", customer.first);
    set("customer.last_name", customer.last);
    set("customer.company", c.company.simplified());
    // A case not saved yet has no reference; "RD-000000" would look real.
    set("case.reference", c.id > 0 ? c.reference() : QString());
    set("case.product", c.productName.simplified());
    // The customer's words keep their line breaks; only the ends are tidied.
    set("case.problem", c.description.trimmed());
    set("case.channel", channelPhrase(c.channel));
    // Local time: a case opened late on the 3rd in Sydney was opened on the
    // 3rd for the customer, whatever the UTC date says.
    set("case.opened", c.openedAt.isValid()
                           ? locale.toString(c.openedAt.toLocalTime().date(), QLocale::LongFormat)
                           : QString());
    set("case.promised_by",
        promisedBy.isValid() ? locale.toString(promisedBy, QLocale::LongFormat) : QString());
    set("case.next_step", nextStep.trimmed());
    set("agent.name", agentName.simplified());
    set("agent.first_name", splitName(agentName).first);
    set("company.name", companyName(company));
    return context;
}

QStringList TemplateContext::names()
{
    QStringList list;
    list.reserve(static_cast<qsizetype>(nameTable.size()));
    for (const NameInfo& info : nameTable)
        list << QString::fromLatin1(info.name);
    return list;
}

bool TemplateContext::isKnown(const QString& name)
{
    for (const NameInfo& info : nameTable) {
        if (name == QLatin1String(info.name))
            return true;
    }
    return false;
}

QString TemplateContext::describe(const QString& name)
{
    for (const NameInfo& info : nameTable) {
        if (name == QLatin1String(info.name))
            return Tr::tr(info.help);
    }
    return {};
}

QString TemplateContext::value(const QString& name) const
{
    return m_values.value(name);
}

bool TemplateContext::setValue(const QString& name, const QString& value)
{
    if (!isKnown(name))
        return false;
    m_values.insert(name, value);
    return true;
}

TemplateContext::NameParts TemplateContext::splitName(const QString& fullName)
{
    const QString name = fullName.simplified();
    if (name.isEmpty())
        return {};
    if (isEastAsian(name)) {
        const QStringList words = name.split(QLatin1Char(' '));
        return {name, words.size() > 1 ? words.first() : QString()};
    }

    // "O'Brien, Siobhan" is family name first; "John Smith, Jr." is not.
    QStringList parts = name.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& part : parts)
        part = part.trimmed();
    parts.removeAll(QString());
    while (parts.size() > 1 && isSuffix(parts.last()))
        parts.removeLast();
    QString familyFirst;
    if (parts.size() == 2) {
        familyFirst = parts.first();
        parts.removeFirst();
    }

    QStringList words = parts.join(QLatin1Char(' ')).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString title;
    while (words.size() > 1 && isTitle(words.first()))
        title = words.takeFirst();
    while (words.size() > 1 && isSuffix(words.last()))
        words.removeLast();
    if (words.isEmpty())
        return {name, {}};

    if (!familyFirst.isEmpty())
        return {words.first(), familyFirst};
    if (words.size() == 1) {
        // "Dr Okafor": the one word left is the family name, and "Dear Dr
        // Okafor" is how to greet them.
        if (!title.isEmpty())
            return {title + QLatin1Char(' ') + words.first(), words.first()};
        return {words.first(), {}};
    }
    qsizetype familyStart = words.size() - 1;
    for (qsizetype i = 1; i < words.size() - 1; ++i) {
        if (isParticle(words.at(i))) {
            familyStart = i;
            break;
        }
    }
    return {words.first(), words.mid(familyStart).join(QLatin1Char(' '))};
}

QString TemplateContext::companyName(const QString& configured)
{
    const QString name = configured.simplified();
    return name.isEmpty() ? Tr::tr("our team") : name;
}

} // namespace redress::core
