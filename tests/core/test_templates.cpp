// Apology templates: the names a template can use, the Mustache language as
// Redress accepts it (placeholders, sections, plain-text values, every error
// with its line and column), the default set and which template suits a case.

#include "core/cases/Case.h"
#include "core/recovery/ApologyTemplate.h"
#include "core/recovery/ApologyTemplateSet.h"
#include "core/recovery/TemplateContext.h"
#include "core/store/TemplateRepository.h"
#include "support/Helpers.h"
#include "support/TempStore.h"
#include "support/Users.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace redress::core;
using namespace redress::test;

namespace {

// Dates are written for this locale so the expected text does not depend on
// the machine running the tests.
const QLocale kLocale(QLocale::English, QLocale::UnitedKingdom);

Case dentalCase()
{
    Case c;
    c.id = 123;
    c.customerName = QStringLiteral("  Siobhan   O'Brien ");
    c.company = QStringLiteral("Harbor Dental Practice");
    c.productName = QStringLiteral("Vacuum pump VP-200");
    c.channel = Channel::Phone;
    c.description =
        QStringLiteral("\nThe suction fails in the middle of treatment.\nWe sent patients home.  \n");
    c.severity = Severity::Critical;
    c.impact = BusinessImpact::Stopped;
    c.openedAt = QDateTime(QDate(2025, 5, 12), QTime(9, 30));
    return c;
}

// Our company's name as the person set it; CompanyNameSetting holds it.
QString& companySetting()
{
    static QString name;
    return name;
}

TemplateContext
dentalContext(const QString& nextStep = QStringLiteral("A technician visits you tomorrow at 8."),
              const QDate& promisedBy = QDate(2025, 5, 14))
{
    return TemplateContext::forCase(dentalCase(), QStringLiteral("Sam Rivera"), nextStep, promisedBy,
                                    kLocale, companySetting());
}

// The template must parse; the rendered text.
QString render(const QString& text, const TemplateContext& context)
{
    const auto t = ApologyTemplate::parse(text);
    INFO(text.toStdString());
    INFO(describe(t));
    REQUIRE(t);
    return t->render(context);
}

// The template must be refused; the problem found.
ApologyTemplate::Problem problemIn(const QString& text)
{
    const auto problem = ApologyTemplate::check(text);
    INFO(text.toStdString());
    REQUIRE(problem.has_value());
    return *problem;
}

// Holds the company-name setting at a value and clears it afterwards, so
// no other test sees our company called "Acme".
class CompanyNameSetting
{
public:
    explicit CompanyNameSetting(const QString& name) { companySetting() = name; }
    ~CompanyNameSetting() { companySetting().clear(); }
    CompanyNameSetting(const CompanyNameSetting&) = delete;
    CompanyNameSetting& operator=(const CompanyNameSetting&) = delete;
};

// A context where every value is `value`.
TemplateContext filledWith(const QString& value)
{
    TemplateContext context;
    for (const QString& name : TemplateContext::names())
        context.setValue(name, value);
    return context;
}

} // namespace

TEST_CASE("the names a template can use are a closed, documented set", "[core][recovery]")
{
    CHECK(TemplateContext::names() ==
          QStringList{QStringLiteral("customer.name"), QStringLiteral("customer.first_name"),
                      QStringLiteral("customer.last_name"), QStringLiteral("customer.company"),
                      QStringLiteral("case.reference"), QStringLiteral("case.product"),
                      QStringLiteral("case.problem"), QStringLiteral("case.channel"),
                      QStringLiteral("case.opened"), QStringLiteral("case.promised_by"),
                      QStringLiteral("case.next_step"), QStringLiteral("agent.name"),
                      QStringLiteral("agent.first_name"), QStringLiteral("company.name")});
    for (const QString& name : TemplateContext::names()) {
        INFO(name.toStdString());
        CHECK(TemplateContext::isKnown(name));
        CHECK_FALSE(TemplateContext::describe(name).isEmpty());
    }
    CHECK_FALSE(TemplateContext::isKnown(QStringLiteral("customer")));
    CHECK(TemplateContext::describe(QStringLiteral("customer.email")).isEmpty());

    TemplateContext context;
    CHECK_FALSE(context.setValue(QStringLiteral("customer.email"), QStringLiteral("x@example.com")));
    CHECK(context.value(QStringLiteral("customer.email")).isEmpty());
    CHECK(context.setValue(QStringLiteral("customer.first_name"), QStringLiteral("Shiv")));
    CHECK(context.value(QStringLiteral("customer.first_name")) == QStringLiteral("Shiv"));
}

TEST_CASE("every placeholder renders from a real case", "[core][recovery]")
{
    const CompanyNameSetting company(QStringLiteral("Northwind Medical"));
    QString text;
    for (const QString& name : TemplateContext::names())
        text += name + QStringLiteral("=[{{") + name + QStringLiteral("}}]\n");
    CHECK(render(text, dentalContext()) ==
          QStringLiteral(
              "customer.name=[Siobhan O'Brien]\n"
              "customer.first_name=[Siobhan]\n"
              "customer.last_name=[O'Brien]\n"
              "customer.company=[Harbor Dental Practice]\n"
              "case.reference=[RD-000123]\n"
              "case.product=[Vacuum pump VP-200]\n"
              "case.problem=[The suction fails in the middle of treatment.\nWe sent patients home.]\n"
              "case.channel=[by phone]\n"
              "case.opened=[Monday, 12 May 2025]\n"
              "case.promised_by=[Wednesday, 14 May 2025]\n"
              "case.next_step=[A technician visits you tomorrow at 8.]\n"
              "agent.name=[Sam Rivera]\n"
              "agent.first_name=[Sam]\n"
              "company.name=[Northwind Medical]\n"));
}

TEST_CASE("values a case does not have yet are empty", "[core][recovery]")
{
    Case fresh; // not saved: no id, no opening time
    fresh.customerName = QStringLiteral("Kofi");
    fresh.channel = Channel::Social;
    const TemplateContext context =
        TemplateContext::forCase(fresh, QStringLiteral("  Mei   Lin "), {}, {}, kLocale);
    CHECK(context.value(QStringLiteral("case.reference")).isEmpty());
    CHECK(context.value(QStringLiteral("case.opened")).isEmpty());
    CHECK(context.value(QStringLiteral("case.promised_by")).isEmpty());
    CHECK(context.value(QStringLiteral("case.next_step")).isEmpty());
    CHECK(context.value(QStringLiteral("customer.first_name")) == QStringLiteral("Kofi"));
    CHECK(context.value(QStringLiteral("customer.last_name")).isEmpty());
    CHECK(context.value(QStringLiteral("case.channel")) == QStringLiteral("on social media"));
    CHECK(context.value(QStringLiteral("agent.name")) == QStringLiteral("Mei Lin"));
    CHECK(context.value(QStringLiteral("agent.first_name")) == QStringLiteral("Mei"));
}

TEST_CASE("our company is \"our team\" until the setting names it", "[core][recovery]")
{
    companySetting().clear();
    CHECK(TemplateContext::companyName() == QStringLiteral("our team"));
    CHECK(dentalContext().value(QStringLiteral("company.name")) == QStringLiteral("our team"));
    const CompanyNameSetting company(QStringLiteral("  Acme   Service "));
    CHECK(dentalContext().value(QStringLiteral("company.name")) == QStringLiteral("Acme Service"));
}

TEST_CASE("names are split into how to greet someone and their family name", "[core][recovery]")
{
    struct Row
    {
        const char* full;
        const char* first;
        const char* last;
    };
    const Row rows[] = {
        {"Siobhan O'Brien", "Siobhan", "O'Brien"},
        {"  Madonna ", "Madonna", ""},
        {"Anna\tMaria   Schmidt", "Anna", "Schmidt"},
        {"O'Brien, Siobhan", "Siobhan", "O'Brien"},
        {"Dr. Amara Okafor", "Amara", "Okafor"},
        {"Dr Okafor", "Dr Okafor", "Okafor"},
        {"Mrs Jane Mary Smith-Jones", "Jane", "Smith-Jones"},
        {"Ludwig van Beethoven", "Ludwig", "van Beethoven"},
        {"Ursula von der Leyen", "Ursula", "von der Leyen"},
        {"John Smith Jr.", "John", "Smith"},
        {"John Smith, Jr.", "John", "Smith"},
        {"Zoë Müller", "Zoë", "Müller"},
        {"Анна Иванова", "Анна", "Иванова"},
        {"Γιώργος Παπαδόπουλος", "Γιώργος", "Παπαδόπουλος"},
        {"محمد علي", "محمد", "علي"},
        // Family name first, often without a space: greet by the whole name.
        {"山田太郎", "山田太郎", ""},
        {"山田 太郎", "山田 太郎", "山田"},
        {"김민준", "김민준", ""},
        {"", "", ""},
        {"   ", "", ""},
    };
    for (const Row& row : rows) {
        INFO(row.full);
        const auto parts = TemplateContext::splitName(QString::fromUtf8(row.full));
        CHECK(parts.first == QString::fromUtf8(row.first));
        CHECK(parts.last == QString::fromUtf8(row.last));
    }
}

TEST_CASE("sections show their text only for a value, inverted sections only without one", "[core][recovery]")
{
    const QString text =
        QStringLiteral("Dear {{#customer.first_name}}{{customer.first_name}}{{/customer.first_name}}"
                       "{{^customer.first_name}}customer{{/customer.first_name}},\n"
                       "We are sorry.\n"
                       "{{#case.promised_by}}\n"
                       "\n"
                       "Fixed by {{case.promised_by}}.\n"
                       "{{/case.promised_by}}\n"
                       "{{^case.promised_by}}\n"
                       "\n"
                       "We will call you with a date.\n"
                       "{{/case.promised_by}}\n"
                       "\n"
                       "  {{! standalone comments and their lines vanish }}  \n"
                       "Thanks.");

    SECTION("with values")
    {
        CHECK(render(text, dentalContext()) == QStringLiteral("Dear Siobhan,\nWe are sorry.\n\n"
                                                              "Fixed by Wednesday, 14 May 2025.\n\nThanks."));
    }
    SECTION("without values")
    {
        TemplateContext context = dentalContext({}, {});
        context.setValue(QStringLiteral("customer.first_name"), {});
        CHECK(render(text, context) == QStringLiteral("Dear customer,\nWe are sorry.\n\n"
                                                      "We will call you with a date.\n\nThanks."));
    }
    SECTION("a skipped section leaves no blank line behind")
    {
        const QString paragraphs = QStringLiteral("One.\n{{#case.next_step}}\n\nNext: {{case.next_step}}\n"
                                                  "{{/case.next_step}}\n{{#case.promised_by}}\n\nBy "
                                                  "{{case.promised_by}}.\n{{/case.promised_by}}\n\nTwo.\n");
        CHECK(render(paragraphs, dentalContext({}, {})) == QStringLiteral("One.\n\nTwo.\n"));
        CHECK(render(paragraphs, dentalContext(QStringLiteral("a call"), {})) ==
              QStringLiteral("One.\n\nNext: a call\n\nTwo.\n"));
        CHECK(render(paragraphs, dentalContext(QStringLiteral("a call"), QDate(2025, 5, 14))) ==
              QStringLiteral("One.\n\nNext: a call\n\nBy Wednesday, 14 May 2025.\n\nTwo.\n"));
    }
    SECTION("a line whose values are empty is kept")
    {
        CHECK(render(QStringLiteral("A\n{{case.next_step}}\nB"), dentalContext({}, {})) ==
              QStringLiteral("A\n\nB"));
        CHECK(render(QStringLiteral("A\n  {{#case.next_step}}x{{/case.next_step}}  \nB"),
                     dentalContext({}, {})) == QStringLiteral("A\n    \nB"));
    }
    SECTION("Windows line breaks stay as they are")
    {
        CHECK(render(QStringLiteral(
                         "A\r\n{{#case.next_step}}\r\n{{case.next_step}}\r\n{{/case.next_step}}\r\nB"),
                     dentalContext(QStringLiteral("call"))) == QStringLiteral("A\r\ncall\r\nB"));
    }
    SECTION("spaces around names and sigils are allowed")
    {
        CHECK(render(QStringLiteral("{{ customer.last_name }}|{{# case.reference }}{{ case.reference}}"
                                    "{{/ case.reference }}"),
                     dentalContext()) == QStringLiteral("O'Brien|RD-000123"));
    }
    SECTION("a whitespace-only result is kept")
    {
        TemplateContext context = dentalContext();
        context.setValue(QStringLiteral("customer.last_name"), {});
        CHECK(render(QStringLiteral("{{#case.next_step}}  {{/case.next_step}}{{customer.last_name}}"),
                     context) == QStringLiteral("  "));
        // Only section tags and spaces: a standalone line, gone entirely.
        CHECK(render(QStringLiteral("{{#case.next_step}}  {{/case.next_step}}"), context).isEmpty());
    }
}

TEST_CASE("values are inserted verbatim and never read as template text", "[core][recovery]")
{
    const QStringList values{
        QStringLiteral("{{case.reference}}"),
        QStringLiteral("{{#x}}never closed"),
        QStringLiteral("{{> partial}} {{! comment }} {{=<% %>=}}"),
        QStringLiteral("\"Quotes\" & 'apostrophes' <b>tags</b> &amp;"),
        QStringLiteral("line one\nline two\r\n\nline four"),
        QStringLiteral("emoji 😀👍🏽 and 日本語, العربية, Ελληνικά"),
        QStringLiteral("{ { } } {{{ }}} }}"),
        QString(QChar(0x01)) + QStringLiteral("n and ") + QChar(0x01) + QStringLiteral("e"),
    };
    for (const QString& value : values) {
        INFO(value.toStdString());
        TemplateContext context = dentalContext();
        context.setValue(QStringLiteral("customer.name"), value);
        CHECK(render(QStringLiteral("[{{customer.name}}]"), context) == u'[' + value + u']');
        CHECK(render(QStringLiteral("[{{{customer.name}}}]"), context) == u'[' + value + u']');
        CHECK(render(QStringLiteral("[{{& customer.name}}]"), context) == u'[' + value + u']');
        CHECK(render(QStringLiteral("[{{#customer.name}}{{customer.name}}{{/customer.name}}]"), context) ==
              u'[' + value + u']');
    }
}

TEST_CASE("literal text of the template comes out as written", "[core][recovery]")
{
    const TemplateContext context = dentalContext();
    CHECK(render(QStringLiteral("{ } }} <&> \"é\" 😀 ") + QChar(0x01) + QStringLiteral("n"), context) ==
          QStringLiteral("{ } }} <&> \"é\" 😀 ") + QChar(0x01) + QStringLiteral("n"));
    CHECK(render(QStringLiteral("a{{{customer.first_name}}}}b"), context) == QStringLiteral("aSiobhan}b"));
    CHECK(render(QStringLiteral(
                     "{{=<% %>=}}{{not a tag}} <% customer.first_name %> <%={{ }}=%>{{case.reference}}"),
                 context) == QStringLiteral("{{not a tag}} Siobhan RD-000123"));
    CHECK(render(QString(), context).isEmpty());
    CHECK(ApologyTemplate().render(context).isEmpty());
}

TEST_CASE("a template knows the placeholders it uses", "[core][recovery]")
{
    const auto t = ApologyTemplate::parse(QStringLiteral(
        "{{! case.reference }}{{customer.first_name}} {{#case.promised_by}}{{case.promised_by}}"
        "{{/case.promised_by}} {{customer.first_name}} {{{agent.name}}}"));
    REQUIRE(t);
    CHECK(t->placeholders() == QStringList{QStringLiteral("customer.first_name"),
                                           QStringLiteral("case.promised_by"), QStringLiteral("agent.name")});
    CHECK(t->text().startsWith(QStringLiteral("{{! case.reference }}")));
}

TEST_CASE("every error names its line and column", "[core][recovery]")
{
    struct Row
    {
        QString text;
        int line;
        int column;
        qsizetype offset;
        QString message;
    };
    const Row rows[] = {
        {QStringLiteral("{{customer.name"), 1, 1, 0,
         QStringLiteral("unclosed tag: \"{{\" without a matching \"}}\"")},
        {QStringLiteral("Hello {{{customer.name}}"), 1, 7, 6,
         QStringLiteral("unclosed tag: \"{{{\" without a matching \"}}}\"")},
        // After multi-byte characters: columns count characters, the offset
        // UTF-16 code units.
        {QStringLiteral("Grüße 😀😀 {{customer.name"), 1, 10, 11,
         QStringLiteral("unclosed tag: \"{{\" without a matching \"}}\"")},
        {QStringLiteral("Dear Sir,\n\nThank you, {{customer.firstname}}"), 3, 12, 22,
         QStringLiteral("unknown placeholder {{customer.firstname}}; did you mean {{customer.first_name}}?")},
        {QStringLiteral("Ligne un\r\nLigne deux\r\n  {{#case.promised}}x{{/case.promised}}"), 3, 3, 24,
         QStringLiteral("unknown placeholder {{#case.promised}}; did you mean {{#case.promised_by}}?")},
        {QStringLiteral("old\rmac\r{{^customer.nmae}}{{/customer.nmae}}"), 3, 1, 8,
         QStringLiteral("unknown placeholder {{^customer.nmae}}; did you mean {{^customer.name}}?")},
        {QStringLiteral("{{foo.bar}}"), 1, 1, 0, QStringLiteral("unknown placeholder {{foo.bar}}")},
        // Prose between braces by mistake: quoted short.
        {QStringLiteral("{{Customer, thank you for your patience with us}}"), 1, 1, 0,
         QStringLiteral("unknown placeholder {{Customer, thank you for your patience…")},
        {QStringLiteral("{{#case.promised_by}}\nYou will have it by {{case.promised_by}}.\n"), 1, 1, 0,
         QStringLiteral(
             "section {{#case.promised_by}} is never closed; add {{/case.promised_by}} where it should end")},
        {QStringLiteral("{{#case.next_step}}\n{{^case.promised_by}}\n{{/case.next_step}}"), 3, 1, 42,
         QStringLiteral(
             "{{/case.next_step}} does not match the open section {{^case.promised_by}} from line 2, "
             "column 1; expected {{/case.promised_by}}")},
        {QStringLiteral("Thanks.\n  {{/case.next_step}}"), 2, 3, 10,
         QStringLiteral("{{/case.next_step}} closes a section that was never opened")},
        {QStringLiteral("{{=<%%>=}}"), 1, 1, 0,
         QStringLiteral(
             "invalid delimiter change {{=<%%>=}}: give the new opening and closing delimiters separated "
             "by a space, without spaces or \"=\" in them, e.g. {{=<% %>=}}")},
        {QStringLiteral("é\n{{=<% %>}}"), 2, 1, 2,
         QStringLiteral(
             "invalid delimiter change {{=<% %>}}: give the new opening and closing delimiters separated "
             "by a space, without spaces or \"=\" in them, e.g. {{=<% %>=}}")},
        {QStringLiteral("{{=<% %>=}}\n<% customer.nam %>"), 2, 1, 12,
         QStringLiteral("unknown placeholder <%customer.nam%>; did you mean <%customer.name%>?")},
        {QStringLiteral("{{=<% %>=}}\n<%customer.name"), 2, 1, 12,
         QStringLiteral("unclosed tag: \"<%\" without a matching \"%>\"")},
        {QStringLiteral("Regards,\n{{> signature}}"), 2, 1, 9,
         QStringLiteral(
             "partials are not supported: {{> signature}}; copy the text you want into this template "
             "instead")},
        {QStringLiteral("Hi {{ }}"), 1, 4, 3,
         QStringLiteral("empty tag {{ }}: write a placeholder name between the braces")},
        {QStringLiteral("{{#case.next_step}}{{.}}{{/case.next_step}}"), 1, 20, 19,
         QStringLiteral("{{.}} is not supported; name the value instead, e.g. {{customer.name}}")},
        {QStringLiteral("{{#customer}}{{name}}{{/customer}}"), 1, 1, 0,
         QStringLiteral("unknown placeholder {{#customer}}")},
    };
    for (const Row& row : rows) {
        INFO(row.text.toStdString());
        const auto problem = problemIn(row.text);
        CHECK(problem.message == row.message);
        CHECK(problem.line == row.line);
        CHECK(problem.column == row.column);
        CHECK(problem.offset == row.offset);
    }
}

TEST_CASE("parse refuses a broken template as invalid input on the template field", "[core][recovery]")
{
    const QString text =
        QStringLiteral("Dear {{customer.first_name}},\n\nWe are sorry.\nThank you, {{customer.firstname}}");
    const auto t = ApologyTemplate::parse(text);
    REQUIRE_FALSE(t);
    CHECK(t.error().code == Error::Code::InvalidInput);
    CHECK(t.error().field == QStringLiteral("template"));
    CHECK(t.error().message ==
          QStringLiteral("line 4, column 12: unknown placeholder {{customer.firstname}}; "
                         "did you mean {{customer.first_name}}?"));
    CHECK(ApologyTemplate::check(text)->toString() == t.error().message);
}

TEST_CASE("an unknown placeholder suggests the name most likely meant", "[core][recovery]")
{
    const auto suggestion = [](const QString& name) {
        const QString message = problemIn(QStringLiteral("{{") + name + QStringLiteral("}}")).message;
        const qsizetype at = message.indexOf(QStringLiteral("did you mean {{"));
        return at < 0 ? QString() : message.mid(at + 15).chopped(3);
    };
    CHECK(suggestion(QStringLiteral("Customer.Name")) == QStringLiteral("customer.name"));
    CHECK(suggestion(QStringLiteral("cusotmer.name")) == QStringLiteral("customer.name"));
    CHECK(suggestion(QStringLiteral("case.promisedby")) == QStringLiteral("case.promised_by"));
    CHECK(suggestion(QStringLiteral("case.promised_date")) == QStringLiteral("case.promised_by"));
    CHECK(suggestion(QStringLiteral("first_name")) == QStringLiteral("customer.first_name"));
    CHECK(suggestion(QStringLiteral("ticket.requester.first_name")) == QStringLiteral("customer.first_name"));
    CHECK(suggestion(QStringLiteral("ticket.id")) == QStringLiteral("case.reference"));
    CHECK(suggestion(QStringLiteral("ticket.description")) == QStringLiteral("case.problem"));
    CHECK(suggestion(QStringLiteral("current_user.name")) == QStringLiteral("agent.name"));
    CHECK(suggestion(QStringLiteral("agent.firstname")) == QStringLiteral("agent.first_name"));
    CHECK(suggestion(QStringLiteral("weather.today")).isEmpty());
}

TEST_CASE("every default template parses and renders cleanly", "[core][recovery]")
{
    const auto set = ApologyTemplateSet::defaults();
    INFO(describe(set));
    REQUIRE(set);
    REQUIRE(set->entries().size() >= 6);
    REQUIRE(set->entries().size() <= 8);
    REQUIRE(set->find(QStringLiteral("general")) != nullptr);

    TemplateContext sparse;
    sparse.setValue(QStringLiteral("agent.name"), QStringLiteral("Sam Rivera"));
    sparse.setValue(QStringLiteral("company.name"), QStringLiteral("our team"));

    for (const auto& entry : set->entries()) {
        INFO(entry.key.toStdString());
        CHECK_FALSE(entry.title.isEmpty());
        // The file as shipped, checked on its own.
        QFile file(QDir(ApologyTemplateSet::defaultsPath()).filePath(entry.file));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        CHECK_FALSE(ApologyTemplate::check(text).has_value());
        CHECK(entry.apology.text() == text);

        for (const TemplateContext& context :
             {dentalContext(), dentalContext({}, {}), sparse, filledWith({})}) {
            const QString out = entry.apology.render(context);
            INFO(out.toStdString());
            CHECK_FALSE(out.contains(QStringLiteral("{{")));
            CHECK_FALSE(out.contains(QStringLiteral("}}")));
            CHECK_FALSE(out.contains(QChar(0x01)));
            CHECK_FALSE(out.contains(QStringLiteral("\n\n\n")));
            CHECK_FALSE(out.startsWith(u'\n'));
            CHECK(out.contains(QStringLiteral("sorry")));
            CHECK(out.contains(QStringLiteral("Thank")));
            CHECK_FALSE(out.contains(QStringLiteral("policy"), Qt::CaseInsensitive));
        }
        const QString full = entry.apology.render(dentalContext());
        INFO(full.toStdString());
        CHECK(full.startsWith(QStringLiteral("Dear Siobhan,\n\n")));
        CHECK(full.contains(QStringLiteral("A technician visits you tomorrow at 8.")));
        CHECK(full.contains(QStringLiteral("Wednesday, 14 May 2025")));
        CHECK(full.contains(QStringLiteral("Sam Rivera")));
        CHECK(full.contains(QStringLiteral("RD-000123")));
        CHECK(entry.apology.render(sparse).startsWith(QStringLiteral("Hello,\n\n")));
    }
}

TEST_CASE("the suggested template fits the situation", "[core][recovery]")
{
    const auto set = ApologyTemplateSet::defaults();
    INFO(describe(set));
    REQUIRE(set);

    using S = ApologyTemplateSet::Situation;
    const auto situation = [](QString category, QString problem) {
        S s;
        s.category = std::move(category);
        s.problem = std::move(problem);
        return s;
    };
    CHECK(set->suggest(S{}) == QStringLiteral("general"));
    CHECK(set->suggest(
              situation(QStringLiteral("Service"), QStringLiteral("The warranty claim was refused."))) ==
          QStringLiteral("general"));

    // Article 004's dentist: a stopped practice outranks everything else.
    S dentist =
        S::of(dentalCase(), QStringLiteral("Dental equipment"), QStringLiteral("small business"), true);
    CHECK(set->suggest(dentist) == QStringLiteral("business-stopped"));
    dentist.impact = BusinessImpact::Major;
    CHECK(set->suggest(dentist) == QStringLiteral("repeat-complaint"));
    dentist.repeat = false;
    CHECK(set->suggest(dentist) == QStringLiteral("product-failure"));
    dentist.segment = QStringLiteral("Key Account");
    CHECK(set->suggest(dentist) == QStringLiteral("key-account"));
    dentist.severity = Severity::Medium;
    CHECK(set->suggest(dentist) == QStringLiteral("product-failure"));

    CHECK(set->suggest(
              situation(QStringLiteral("Connectivity"), QStringLiteral("I was charged twice on my card"))) ==
          QStringLiteral("billing"));
    CHECK(set->suggest(situation(QStringLiteral("Software"),
                                 QStringLiteral("The invoice shows a service we never "
                                                "ordered."))) == QStringLiteral("billing"));
    // "Billy" is not a bill.
    CHECK(set->suggest(situation(QString(), QStringLiteral("Billy from your shop was rude"))) ==
          QStringLiteral("general"));
    // What the customer said beats what they bought.
    CHECK(set->suggest(situation(QStringLiteral("Computers"),
                                 QStringLiteral("The delivery arrived nine days late"))) ==
          QStringLiteral("delivery"));
    CHECK(set->suggest(situation(QStringLiteral("delivery"), QStringLiteral("The box was crushed."))) ==
          QStringLiteral("delivery"));
    CHECK(set->suggest(situation(QStringLiteral("Service"),
                                 QStringLiteral("The technician did not turn up for the appointment"))) ==
          QStringLiteral("missed-appointment"));
    CHECK(set->suggest(situation(QStringLiteral("Connectivity"),
                                 QStringLiteral("Nobody called back although a call was promised"))) ==
          QStringLiteral("missed-appointment"));
    CHECK(set->suggest(situation(QStringLiteral("Furniture"), QStringLiteral("The chair is wobbly"))) ==
          QStringLiteral("product-failure"));
    CHECK(set->suggest(situation(QString(), QStringLiteral("It stopped working after two weeks"))) ==
          QStringLiteral("product-failure"));
}

TEST_CASE("a template set from a folder is checked as it loads", "[core][recovery]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto write = [&dir](const QString& name, const QByteArray& bytes) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    };
    write(QStringLiteral("general.mustache"), "Dear {{customer.first_name}}, we are sorry.");
    write(QStringLiteral("broken.mustache"), "Dear customer,\n    {{case.promisedby}}");
    const auto load = [&dir] { return ApologyTemplateSet::load(dir.path()); };

    write(QStringLiteral("index.json"),
          R"({"templates": [{"key": "general", "title": "General", "file": "general.mustache"},
                            {"key": "vip", "title": "VIP", "file": "general.mustache",
                             "suits": {"segments": ["key account"], "categories": "any", "impacts": ["major"]}}]})");
    {
        const auto set = load();
        INFO(describe(set));
        REQUIRE(set);
        CHECK(set->entries().size() == 2);
        CHECK(set->find(QStringLiteral("vip"))->segments == QStringList{QStringLiteral("key account")});
        CHECK(set->find(QStringLiteral("vip"))->categories.isEmpty());
        CHECK(set->find(QStringLiteral("nope")) == nullptr);
    }

    const auto refused = [&](const QByteArray& index) {
        write(QStringLiteral("index.json"), index);
        const auto set = load();
        REQUIRE_FALSE(set);
        CHECK(set.error().code == Error::Code::InvalidInput);
        CHECK(set.error().field == QStringLiteral("templates"));
        return set.error().message;
    };
    CHECK(refused(R"({"templates": [{"key": "general", "title": "General", "file": "broken.mustache"}]})")
              .endsWith(QStringLiteral(
                  "broken.mustache, line 2, column 5: unknown placeholder {{case.promisedby}}; "
                  "did you mean {{case.promised_by}}?")));
    CHECK(refused(R"({"templates": [{"key": "general", "title": "General", "file": "general.mustache",
                                     "suits": {"segments": ["vip"]}}]})")
              .contains(QStringLiteral("unknown customer segment \"vip\"")));
    CHECK(refused(R"({"templates": [{"key": "general", "title": "General", "file": "general.mustache",
                                     "suits": {"minSeverity": 5}}]})")
              .contains(QStringLiteral("minSeverity")));
    CHECK(refused(R"({"templates": [{"key": "general", "title": "General", "file": "general.mustache",
                                     "suits": {"repeat": true}}]})")
              .contains(QStringLiteral("entry without criteria")));
    CHECK(refused(R"({"templates": [{"key": "general", "title": "General", "file": "general.mustache"},
                                    {"key": "general", "title": "Again", "file": "general.mustache"}]})")
              .contains(QStringLiteral("twice")));
    CHECK(refused(R"({"templates": [{"key": "general", "title": "General", "file": "../general.mustache"}]})")
              .contains(QStringLiteral("inside")));
    CHECK(refused(R"({"templates": [{"key": "general", "title": "General", "file": "missing.mustache"}]})")
              .contains(QStringLiteral("missing.mustache")));
    CHECK(refused(R"({"templates": [{"key": "general", "title": "General", "file": "general.mustache",
                                     "suits": {"severity": 2}}]})")
              .contains(QStringLiteral("unknown criterion \"severity\"")));
    CHECK(refused("{\"templates\": [").contains(QStringLiteral("not valid JSON")));
}

namespace {

// `depth` sections nested in each other around one line of text.
QString nested(int depth)
{
    QString text;
    for (int i = 0; i < depth; ++i)
        text += QStringLiteral("{{#case.reference}}");
    text += QStringLiteral("We are sorry.");
    for (int i = 0; i < depth; ++i)
        text += QStringLiteral("{{/case.reference}}");
    return text;
}

} // namespace

// Found by hand: a template nested 10,000 deep (360 KB) took 1.7 GB to
// render, and deeper ones overflowed the stack of every desk opening it.
TEST_CASE("sections nesting deeper than the limit are refused, naming the depth and the limit",
          "[core][recovery][templates]")
{
    // The template as found is over the length limit as well; within it,
    // a thousand levels are refused for their depth.
    CHECK(ApologyTemplate::check(nested(10000))->message.endsWith(QStringLiteral("the limit is 65536")));
    const QString deep = nested(1000);
    REQUIRE(deep.size() <= ApologyTemplate::kMaxLength);
    const auto t = ApologyTemplate::parse(deep);
    REQUIRE_FALSE(t);
    CHECK(t.error().code == Error::Code::InvalidInput);
    CHECK(t.error().field == QStringLiteral("template"));
    const qsizetype overAt = 32 * QStringLiteral("{{#case.reference}}").size();
    CHECK(t.error().message ==
          QStringLiteral("line 1, column %1: sections nest 1000 deep; the limit is 32").arg(overAt + 1));
    CHECK(ApologyTemplate::check(deep)->offset == overAt);

    const auto atLimit = ApologyTemplate::parse(nested(ApologyTemplate::kMaxSectionDepth));
    REQUIRE(atLimit);
    Case c = dentalCase();
    CHECK(atLimit->render(TemplateContext::forCase(c, QStringLiteral("Tom"), {}, {}, kLocale, {})) ==
          QStringLiteral("We are sorry."));
    CHECK(ApologyTemplate::check(nested(ApologyTemplate::kMaxSectionDepth + 1))->message ==
          QStringLiteral("sections nest 33 deep; the limit is 32"));
}

TEST_CASE("the depth is the problem named even when later tags are broken too", "[core][recovery][templates]")
{
    const QString text = nested(40) + QStringLiteral("{{customer.nope}}{{/case.reference}}");
    CHECK(ApologyTemplate::check(text)->message == QStringLiteral("sections nest 40 deep; the limit is 32"));
}

TEST_CASE("a template longer than the limit is refused before it is read", "[core][recovery][templates]")
{
    QString text = QStringLiteral("Dear {{customer.first_name}},\n");
    text += QString(ApologyTemplate::kMaxLength - text.size(), u'x');
    REQUIRE(ApologyTemplate::parse(text));

    text += u'x';
    const auto t = ApologyTemplate::parse(text);
    REQUIRE_FALSE(t);
    CHECK(t.error().field == QStringLiteral("template"));
    CHECK(t.error().message == QStringLiteral("line 1, column 1: the template is 65537 characters long; "
                                              "the limit is 65536"));
}

TEST_CASE("the store refuses to save a template over the limits, naming the template",
          "[core][recovery][templates]")
{
    TempStore store;
    const User lead = makeUser(store.db(), QStringLiteral("lead"), QStringLiteral("Lena Lead"), Role::Lead);
    TemplateRepository templates(store.db(), lead);

    const auto deep = templates.saveVersion(QStringLiteral("deep"), QStringLiteral("Deep"), nested(1000));
    REQUIRE_FALSE(deep);
    CHECK(deep.error().field == QStringLiteral("template"));
    CHECK(deep.error().message.startsWith(QStringLiteral("template “Deep”, line 1, column ")));
    CHECK(deep.error().message.endsWith(QStringLiteral("sections nest 1000 deep; the limit is 32")));

    const auto big = templates.saveVersion(QStringLiteral("big"), QStringLiteral("Big"),
                                           QString(ApologyTemplate::kMaxLength + 1, u'x'));
    REQUIRE_FALSE(big);
    CHECK(big.error().message.endsWith(QStringLiteral("the limit is 65536")));

    const auto latest = templates.latest();
    REQUIRE(latest);
    CHECK(latest->isEmpty());
    CHECK(templates.saveVersion(QStringLiteral("ok"), QStringLiteral("Fine"), nested(3)));
}
