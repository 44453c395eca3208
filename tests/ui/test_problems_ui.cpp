// The chief problem solver's desk (issue 7): problem records kept by
// keyboard, cases linked from the analysis step and from the list, and the
// verdict on a corrective action shown as Effectiveness computes it.

#include "core/report/Effectiveness.h"
#include "core/store/CaseRepository.h"
#include "core/store/ProblemRepository.h"
#include "core/store/RecoveryRepository.h"
#include "support/CaseBuilder.h"
#include "support/Helpers.h"
#include "support/TempStore.h"
#include "support/Users.h"
#include "support/Widgets.h"
#include "ui/app/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Session.h"
#include "ui/problems/ProblemDesk.h"
#include "ui/recovery/AnalysisDialog.h"

#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace redress;
using redress::test::child;
using redress::test::press;

namespace {

constexpr qint64 hardware = 2;    // Product defect › Hardware
constexpr qint64 powerSupply = 3; // … › Hardware › Power supply
constexpr qint64 late = 10;       // Delivery › Late

QDateTime utc(int y, int m, int d, int h = 12)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

struct Desk
{
    test::TempStore store;
    test::FixedClock clock{utc(2026, 2, 2)};
    core::User quality =
        test::makeUser(store.db(), QStringLiteral("qiu"), QStringLiteral("Qiu Lan"), core::Role::Quality);
    core::User rep =
        test::makeUser(store.db(), QStringLiteral("sam"), QStringLiteral("Sam Rivera"), core::Role::Rep);

    void at(const QDateTime& t) { clock.advanceSecs(clock.now().secsTo(t)); }

    qint64 open(const QDateTime& opened, qint64 cause = 0)
    {
        at(opened);
        auto made = core::CaseRepository(store.db(), rep.id).create(test::CaseBuilder().build());
        REQUIRE(made.has_value());
        if (cause != 0)
            REQUIRE(core::RecoveryRepository(store.db(), quality).recordAnalysis(made->id, cause, {}, false));
        return made->id;
    }

    core::Problem problem(const QString& title, qint64 cause, const QDate& effectiveOn = {})
    {
        core::Problem p;
        p.title = title;
        p.rootCauseId = cause;
        p.ownerId = quality.id;
        p.status = effectiveOn.isValid() ? core::ProblemStatus::ActionTaken : core::ProblemStatus::Open;
        p.correctiveAction =
            effectiveOn.isValid() ? QStringLiteral("A new supplier for the part.") : QString();
        p.effectiveOn = effectiveOn;
        auto made = core::ProblemRepository(store.db(), quality).create(p);
        INFO(test::describe(made));
        REQUIRE(made.has_value());
        return *made;
    }
};

} // namespace

TEST_CASE("Quality opens a problem record by keyboard and its reviews are scheduled", "[ui][problems-ui]")
{
    Desk desk;
    ui::Session qualitySession(desk.store.db(), desk.quality);
    ui::ProblemDesk window(qualitySession);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    // An empty desk starts on a new record with the title in focus.
    auto* title = child<QLineEdit>(&window, "problemTitle");
    REQUIRE(QApplication::focusWidget() == title);
    QTest::keyClicks(title, QStringLiteral("Power supplies fail in humid rooms"));
    auto* cause = child<QComboBox>(&window, "problemCause");
    cause->setFocus();
    cause->setCurrentIndex(cause->findData(powerSupply));
    auto* hasEffective = child<QCheckBox>(&window, "problemHasEffective");
    hasEffective->setFocus();
    press(Qt::Key_Space);
    CHECK(child<QDateEdit>(&window, "problemEffective")->isEnabled());
    child<QDateEdit>(&window, "problemEffective")->setDate(QDate(2026, 2, 2));
    child<QPlainTextEdit>(&window, "problemAction")
        ->setPlainText(QStringLiteral("Sealed power supply unit."));
    press(Qt::Key_S, Qt::ControlModifier);

    auto all = core::ProblemRepository(desk.store.db()).list();
    REQUIRE(all.has_value());
    REQUIRE(all->size() == 1);
    const core::Problem saved = all->first();
    CHECK(saved.title == QStringLiteral("Power supplies fail in humid rooms"));
    CHECK(saved.rootCauseId == powerSupply);
    CHECK(saved.ownerId == desk.quality.id);
    CHECK(saved.effectiveOn == QDate(2026, 2, 2));
    CHECK(window.currentProblemId() == saved.id);
    auto* list = child<QTreeWidget>(&window, "problemList");
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(0) == saved.reference());

    auto* reviews = child<QTreeWidget>(&window, "problemReviews");
    REQUIRE(reviews->topLevelItemCount() == 2);
    CHECK(reviews->topLevelItem(0)->text(1) == QStringLiteral("30 days"));
    CHECK(reviews->topLevelItem(1)->text(1) == QStringLiteral("90 days"));

    // Thirty days on the review is in the owner's queue and is completed there.
    desk.at(utc(2026, 3, 5));
    window.reload();
    CHECK(window.reviewsDueCount() == 1);
    reviews->setCurrentItem(reviews->topLevelItem(0));
    REQUIRE(window.completeSelectedReview(QStringLiteral("Too early to tell")));
    CHECK(window.reviewsDueCount() == 0);
    auto stored = core::ProblemRepository(desk.store.db()).reviews(saved.id);
    REQUIRE(stored.has_value());
    CHECK_FALSE(stored->first().isOpen());
    CHECK(stored->first().note == QStringLiteral("Too early to tell"));
    CHECK(stored->first().verdict == core::Verdict::NotYetKnown);
}

TEST_CASE("A problem without a title is refused in the form and nothing is saved", "[ui][problems-ui]")
{
    Desk desk;
    ui::Session qualitySession(desk.store.db(), desk.quality);
    ui::ProblemDesk window(qualitySession);
    auto* cause = child<QComboBox>(&window, "problemCause");
    cause->setCurrentIndex(cause->findData(late));
    child<QPlainTextEdit>(&window, "problemAction")->setPlainText(QStringLiteral("Typed and kept"));
    CHECK_FALSE(window.save());
    auto* error = child<QLabel>(&window, "problemError");
    CHECK_FALSE(error->isHidden());
    CHECK_FALSE(error->text().isEmpty());
    CHECK(child<QPlainTextEdit>(&window, "problemAction")->toPlainText() == QStringLiteral("Typed and kept"));
    CHECK(core::ProblemRepository(desk.store.db()).list()->isEmpty());
}

TEST_CASE("A rep reads the problem desk but cannot edit it", "[ui][problems-ui]")
{
    Desk desk;
    desk.problem(QStringLiteral("Late deliveries from the north depot"), late);
    ui::Session repSession(desk.store.db(), desk.rep);
    ui::ProblemDesk window(repSession);
    CHECK(child<QTreeWidget>(&window, "problemList")->topLevelItemCount() == 1);
    CHECK(child<QLineEdit>(&window, "problemTitle")->text() ==
          QStringLiteral("Late deliveries from the north depot"));
    CHECK_FALSE(child<QLineEdit>(&window, "problemTitle")->isEnabled());
    CHECK(child<QPushButton>(&window, "saveProblem")->isHidden());
    CHECK(child<QPushButton>(&window, "newProblem")->isHidden());
}

TEST_CASE("The desk shows the verdict and the weekly rates Effectiveness computes", "[ui][problems-ui]")
{
    Desk desk;
    // Four weeks before 2 March: 3 of 5 cases a week are power supplies;
    // four weeks after: 1 of 10. The running week (30 March) is not over.
    for (int w = 0; w < 4; ++w) {
        const QDate monday = QDate(2026, 2, 2).addDays(7 * w);
        for (int i = 0; i < 5; ++i)
            desk.open(QDateTime(monday, QTime(9 + i, 0), Qt::UTC), i < 3 ? powerSupply : late);
        const QDate after = QDate(2026, 3, 2).addDays(7 * w);
        for (int i = 0; i < 10; ++i)
            desk.open(QDateTime(after, QTime(8 + i, 0), Qt::UTC), i < 1 ? powerSupply : late);
    }
    desk.at(utc(2026, 3, 1));
    const core::Problem p = desk.problem(QStringLiteral("Power supplies"), hardware, QDate(2026, 3, 2));
    desk.at(utc(2026, 4, 1));

    ui::Session qualitySession(desk.store.db(), desk.quality);
    ui::ProblemDesk window(qualitySession);
    window.showProblem(p.id);
    auto expected = core::Effectiveness(desk.store.db()).of(p.id);
    REQUIRE(expected.has_value());
    CHECK(expected->verdict == core::Verdict::Fell);
    REQUIRE(window.effectiveness().has_value());
    CHECK(window.effectiveness()->verdict == core::Verdict::Fell);
    CHECK(child<QLabel>(&window, "problemVerdict")->text().startsWith(QStringLiteral("<b>Fell</b>")));

    // One bar per week; before and after in their own sets, at the week's rate.
    auto* view = child<QChartView>(&window, "effectivenessChart");
    const auto series = view->chart()->series();
    REQUIRE(series.size() == 1);
    auto* bars = qobject_cast<QBarSeries*>(series.first());
    REQUIRE(bars != nullptr);
    REQUIRE(bars->count() == 3);
    QBarSet* before = bars->barSets().at(0);
    QBarSet* after = bars->barSets().at(1);
    REQUIRE(before->count() == expected->weeks.size());
    for (int i = 0; i < expected->weeks.size(); ++i) {
        const core::EffectivenessWeek& w = expected->weeks.at(i);
        CAPTURE(w.week.toStdString());
        CHECK(before->at(i) == Approx(w.phase == core::WeekPhase::Before ? w.rate.value_or(0) : 0));
        CHECK(after->at(i) == Approx(w.phase == core::WeekPhase::After ? w.rate.value_or(0) : 0));
    }
    const int firstAfter = static_cast<int>(expected->weeks.size()) - 5;
    CHECK(expected->weeks.at(firstAfter).week == QStringLiteral("2026-W10"));
    CHECK(after->at(firstAfter) == Approx(10.0));
}

TEST_CASE("Cases link to a problem from the analysis step and from the list", "[ui][problems-ui]")
{
    Desk desk;
    const core::Problem p = desk.problem(QStringLiteral("Power supplies"), hardware);
    const qint64 first = desk.open(utc(2026, 2, 3));
    const qint64 second = desk.open(utc(2026, 2, 4));
    const qint64 third = desk.open(utc(2026, 2, 5));

    auto c = core::CaseRepository(desk.store.db(), desk.rep.id).get(first);
    REQUIRE(c.has_value());
    ui::Session qualitySession(desk.store.db(), desk.quality);
    ui::AnalysisDialog analysis(qualitySession, *c);
    auto* tree = analysis.findChild<QTreeWidget*>(QStringLiteral("rootCauseTree"));
    REQUIRE(tree != nullptr);
    const auto items = tree->findItems(QStringLiteral("Power supply"), Qt::MatchExactly | Qt::MatchRecursive);
    REQUIRE(items.size() == 1);
    tree->setCurrentItem(items.first());
    auto* problem = child<QComboBox>(&analysis, "analysisProblem");
    REQUIRE(problem->count() == 2);
    problem->setCurrentIndex(1);
    analysis.accept();
    CHECK(analysis.result() == QDialog::Accepted);
    CHECK(core::ProblemRepository(desk.store.db()).linkedCases(p.id).value_or(QList<qint64>()) ==
          QList<qint64>{first});

    // From the list: select the other two and link them in one step.
    ui::Session session(desk.store.db(), desk.rep);
    ui::MainWindow window(session);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(QTest::qWaitFor(
        [&] { return window.caseModel() && window.caseTable()->model()->rowCount() == 3; }, 5000));
    window.caseTable()->selectAll();
    window.caseTable()->selectionModel()->select(window.caseTable()->model()->index(2, 0),
                                                 QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
    ui::MessageBox::setNextChoices({0});
    window.action(QStringLiteral("linkProblem"))->trigger();
    auto linked = core::ProblemRepository(desk.store.db()).linkedCases(p.id);
    REQUIRE(linked.has_value());
    CHECK(linked->size() == 3);
    CHECK(linked->contains(second));
    CHECK(linked->contains(third));
}
