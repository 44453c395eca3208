// The printable case summary as text: every value escaped, the apology as
// sent, and what each audience may read. (Rendering it is Qt Gui's, which
// the core tests do not link; the UI tests render it.)

#include "core/report/CaseSummary.h"
#include "core/store/CaseRepository.h"
#include "core/store/CustomerRepository.h"
#include "core/store/RecoveryRepository.h"
#include "core/store/UserRepository.h"
#include "support/CaseBuilder.h"
#include "support/Helpers.h"
#include "support/TempStore.h"
#include "support/Users.h"

#include <QLocale>
#include <QRegularExpression>

using namespace redress::core;
using namespace redress::test;
using S = CaseStatus;
using Audience = CaseSummary::Audience;

namespace {

const QString apologyBody = QStringLiteral("Dear Ana,\n\nI am sorry <script>alert('x')</script> & we\n"
                                           "will have a loan pump with you by 8:00.\nSam");
const QString description = QStringLiteral("The vacuum failed mid-treatment.\nCharged 100% twice, %1 %2 <b>");
const QString internalNote = QStringLiteral("Internal: she mentioned posting a review");
const QStringList whys = {QStringLiteral("The seal wore out"), QStringLiteral("No maintenance schedule"),
                          QStringLiteral("Service contract <lapsed>")};

QString money(qint64 cents)
{
    return QLocale().toString(cents / 100.0, 'f', 2);
}

/// What the summary must show for a value: escaped, line breaks as <br>.
QString shown(const QString& plain)
{
    return plain.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QStringList headings(const QString& html)
{
    QStringList found;
    static const QRegularExpression h2(QStringLiteral("<h2>(.*?)</h2>"));
    for (auto it = h2.globalMatch(html); it.hasNext();)
        found << it.next().captured(1);
    return found;
}

struct Desk
{
    TempStore store;
    FixedClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    User rep = make(QStringLiteral("sam"), QStringLiteral("Sam Rivera"), Role::Rep);
    User lead = make(QStringLiteral("julia"), QStringLiteral("Julia Novak"), Role::Lead);
    CaseSummary summary{store.db()};

    User make(const QString& login, const QString& name, Role role)
    {
        return makeUser(store.db(), login, name, role);
    }

    qint64 newCase()
    {
        Customer c;
        c.name = QStringLiteral("Dr Ana Costa");
        c.company = QStringLiteral("Costa & <Sons> Dental");
        c.email = QStringLiteral("ana@costa.example");
        c.phone = QStringLiteral("+351 21 000 0000");
        c.segment = QStringLiteral("key account");
        c.lifetimeValueCents = 1234500;
        auto customer = CustomerRepository(store.db()).create(c);
        REQUIRE(customer.has_value());
        const NewCase intake = CaseBuilder()
                                   .existingCustomer(customer->id)
                                   .product(QStringLiteral("Vacuum pump VP-200"))
                                   .channel(Channel::Phone)
                                   .description(description)
                                   .severity(Severity::High)
                                   .impact(BusinessImpact::Stopped)
                                   .build();
        auto made = CaseRepository(store.db(), rep.id).create(intake);
        INFO(describe(made));
        REQUIRE(made.has_value());
        return made->id;
    }

    qint64 gestureType(const QString& name)
    {
        auto types = RecoveryRepository(store.db(), rep).catalogue();
        REQUIRE(types.has_value());
        for (const GestureType& t : *types) {
            if (t.name == name)
                return t.id;
        }
        FAIL("no gesture type " << name.toStdString());
        return 0;
    }

    /// A case taken through all four steps to Resolved, with a note, an
    /// owner and a rejected gesture on the way.
    qint64 recoveredCase()
    {
        const qint64 id = newCase();
        CaseRepository cases(store.db(), rep.id);
        REQUIRE(cases.assign(id, rep.id).has_value());
        REQUIRE(cases.transition(id, S::Acknowledged).has_value());
        REQUIRE(cases.transition(id, S::InRecovery).has_value());
        REQUIRE(cases.addNote(id, internalNote).has_value());
        RecoveryRepository recovery(store.db(), rep);
        REQUIRE(recovery.recordApology(id, apologyBody, Channel::Email).has_value());
        REQUIRE(recovery
                    .recordSolution(id, QStringLiteral("Loan pump today; repair by Friday."),
                                    QStringLiteral("To treat patients tomorrow."), QDate(2026, 3, 6))
                    .has_value());
        auto credit = recovery.giveGesture(id, gestureType(QStringLiteral("Account credit")), 2500,
                                           QStringLiteral("goodwill for the lost morning"));
        REQUIRE(credit.has_value());
        REQUIRE(credit->status == Gesture::Status::Granted);
        auto upgrade =
            recovery.giveGesture(id, gestureType(QStringLiteral("Upgrade to the next model")), 25000);
        REQUIRE(upgrade.has_value());
        REQUIRE(upgrade->status == Gesture::Status::Pending);
        REQUIRE(RecoveryRepository(store.db(), lead)
                    .decide(upgrade->id, false, QStringLiteral("Too costly for a first failure"))
                    .has_value());
        auto shipping = recovery.giveGesture(id, gestureType(QStringLiteral("Expedited shipping")), 1500);
        REQUIRE(shipping.has_value());
        REQUIRE(shipping->status == Gesture::Status::Granted);
        REQUIRE(recovery.recordAnalysis(id, 4, whys, true)
                    .has_value()); // Product defect › Hardware › Pump or motor
        clock.advanceSecs(3600);
        REQUIRE(cases.transition(id, S::Resolved).has_value());
        return id;
    }

    QString html(qint64 id, Audience audience)
    {
        auto made = summary.html(id, audience);
        INFO(describe(made));
        REQUIRE(made.has_value());
        return *made;
    }
};

} // namespace

TEST_CASE("The summary is a complete document with every value escaped", "[summary]")
{
    Desk desk;
    const qint64 id = desk.recoveredCase();
    for (Audience audience : {Audience::Customer, Audience::Manager}) {
        CAPTURE(audience == Audience::Manager);
        const QString html = desk.html(id, audience);
        CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        CHECK(html.trimmed().endsWith(QStringLiteral("</html>")));
        CHECK(html.contains(QStringLiteral("<title>Case RD-%1").arg(id, 6, 10, QLatin1Char('0'))));
        CHECK(html.contains(QStringLiteral("<h1>")));
        CHECK(html.count(QStringLiteral("<table")) == html.count(QStringLiteral("</table>")));
        CHECK(html.count(QStringLiteral("<tr>")) == html.count(QStringLiteral("</tr>")));
        CHECK(html.count(QStringLiteral("<p")) == html.count(QStringLiteral("</p>")));
        // No external resources: nothing to fetch when printing.
        CHECK_FALSE(html.contains(QStringLiteral("src=")));
        CHECK_FALSE(html.contains(QStringLiteral("href=")));

        // The apology as sent, whole, with its line breaks, and escaped.
        CHECK(html.contains(shown(apologyBody)));
        CHECK_FALSE(html.contains(QStringLiteral("<script")));
        CHECK(html.contains(QStringLiteral("&lt;script&gt;alert('x')&lt;/script&gt; &amp; we<br>will")));
        CHECK(html.contains(QStringLiteral("Costa &amp; &lt;Sons&gt; Dental")));
        CHECK_FALSE(html.contains(QStringLiteral("<Sons>")));
        // A %1 in a value stays as typed: nothing is substituted into it.
        CHECK(html.contains(shown(description)));
        CHECK_FALSE(html.contains(QStringLiteral("<b>")));
        // The apology's date and who sent it; the case's facts in local time.
        CHECK(html.contains(QStringLiteral("Sam Rivera")));
        const QDateTime opened = CaseRepository(desk.store.db(), 0).get(id)->openedAt.toLocalTime();
        CHECK(html.contains(QLocale().toString(opened.date(), QLocale::LongFormat).toHtmlEscaped()));
        // Hours and minutes; seconds mean nothing on paper.
        const QString minutes = QLocale().timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss"));
        CHECK(html.contains(QLocale().toString(opened.time(), minutes).toHtmlEscaped()));
        CHECK_FALSE(html.contains(QLocale().toString(opened.time(), QStringLiteral("HH:mm:ss"))));
        CHECK(html.contains(QLocale().toString(QDate(2026, 3, 6), QLocale::LongFormat).toHtmlEscaped()));
        CHECK(html.contains(labelOf(PromiseState::Kept)));
        CHECK(html.contains(QStringLiteral("Vacuum pump VP-200")));
        CHECK(html.contains(labelOf(S::Resolved)));
    }
}

TEST_CASE("The customer's summary holds no costs, analysis or internal notes but the manager's does",
          "[summary]")
{
    Desk desk;
    const qint64 id = desk.recoveredCase();
    const QString customer = desk.html(id, Audience::Customer);
    const QString manager = desk.html(id, Audience::Manager);

    const QStringList internal = {
        money(2500),                                 // a gesture's cost
        money(1500),                                 //
        money(4000),                                 // the total of the counted ones
        money(25000),                                // the rejected one's cost
        QStringLiteral("Upgrade to the next model"), // rejected: not given
        QStringLiteral("Too costly for a first failure"),
        QStringLiteral("goodwill for the lost morning"), // a gesture's note
        shown(internalNote),
        shown(whys.at(0)),
        shown(whys.at(2)),
        QStringLiteral("Pump or motor"),
        QStringLiteral("ana@costa.example"),
        QStringLiteral("+351 21 000 0000"),
        QStringLiteral("key account"),
        money(1234500), // lifetime value
        QStringLiteral("Julia Novak"),
    };
    for (const QString& s : internal) {
        CAPTURE(s);
        CHECK_FALSE(customer.contains(s));
        CHECK(manager.contains(s));
    }
    // The customer reads the gestures given, by name.
    CHECK(customer.contains(QStringLiteral("Account credit")));
    CHECK(customer.contains(QStringLiteral("Expedited shipping")));
    // Their history is the status only: opened, then each move.
    for (S s : {S::Acknowledged, S::InRecovery, S::Resolved})
        CHECK(customer.contains(QStringLiteral("<td>%1</td>").arg(labelOf(s))));
    CHECK_FALSE(customer.contains(QStringLiteral("→")));
    CHECK_FALSE(customer.contains(QStringLiteral("nobody")));
    // The manager's timeline has every event, the owner change among them.
    auto events = CaseRepository(desk.store.db(), 0).timeline(id);
    REQUIRE(events.has_value());
    CHECK(manager.count(QStringLiteral("<tr>")) >= events->size());
    CHECK(manager.contains(QStringLiteral("nobody → Sam Rivera")));
    CHECK(manager.contains(QStringLiteral("<li>%1</li>").arg(shown(whys.at(1)))));
    CHECK(headings(manager) == QStringList{QStringLiteral("Customer"), QStringLiteral("The case"),
                                           QStringLiteral("What the customer told us"),
                                           QStringLiteral("Apology as sent"), QStringLiteral("Solution"),
                                           QStringLiteral("Gestures"), QStringLiteral("Root cause"),
                                           QStringLiteral("Timeline")});
    CHECK(headings(customer) ==
          QStringList{QStringLiteral("You"), QStringLiteral("The case"), QStringLiteral("What you told us"),
                      QStringLiteral("Our apology"), QStringLiteral("What we are doing about it"),
                      QStringLiteral("A gesture of goodwill"), QStringLiteral("History")});
}

TEST_CASE("A case with no recovery yet has no sections claiming any", "[summary]")
{
    Desk desk;
    const qint64 id = desk.newCase();
    const QString customer = desk.html(id, Audience::Customer);
    const QString manager = desk.html(id, Audience::Manager);
    CHECK(headings(customer) == QStringList{QStringLiteral("You"), QStringLiteral("The case"),
                                            QStringLiteral("What you told us"), QStringLiteral("History")});
    CHECK(headings(manager) == QStringList{QStringLiteral("Customer"), QStringLiteral("The case"),
                                           QStringLiteral("What the customer told us"),
                                           QStringLiteral("Timeline")});
    for (const QString& html : {customer, manager}) {
        CHECK_FALSE(html.contains(QStringLiteral("pology")));
        CHECK_FALSE(html.contains(QStringLiteral("Promise")));
        CHECK_FALSE(html.contains(QStringLiteral("esture")));
        // Nobody owns it and it is neither resolved nor closed: no blank rows.
        CHECK_FALSE(html.contains(QStringLiteral("<td></td>")));
        CHECK_FALSE(html.contains(QStringLiteral("Resolved")));
        CHECK(html.contains(shown(description)));
    }
}

TEST_CASE("A summary of an unknown case is NotFound, naming it", "[summary]")
{
    Desk desk;
    for (Audience audience : {Audience::Customer, Audience::Manager}) {
        auto made = desk.summary.html(999, audience);
        REQUIRE_FALSE(made.has_value());
        CHECK(made.error().code == Error::Code::NotFound);
        CHECK(made.error().message.contains(QStringLiteral("RD-000999")));
    }
}
