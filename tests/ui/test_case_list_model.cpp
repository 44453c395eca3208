#include "core/demo/DemoGenerator.h"
#include "core/store/CaseListRepository.h"
#include "support/TempStore.h"
#include "ui/cases/CaseListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace redress;

namespace {

void fillDemo(const core::Database& db, qint64 cases)
{
    core::DemoGenerator::Options options;
    options.cases = cases;
    options.seed = 11;
    options.now = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    REQUIRE(core::DemoGenerator(db).generate(options).has_value());
}

// Asks for every row of `rows` through data() and waits until each is loaded.
bool loadRows(ui::CaseListModel& model, int first, int last)
{
    QSignalSpy loaded(&model, &ui::CaseListModel::rowsLoaded);
    for (int attempt = 0; attempt < 50; ++attempt) {
        bool all = true;
        for (int row = first; row <= last; ++row) {
            if (!model.data(model.index(row, 0), ui::CaseListModel::LoadedRole).toBool())
                all = false;
        }
        if (all)
            return true;
        loaded.wait(2000);
    }
    return false;
}

QList<qint64> referenceIds(const core::Database& db, const QString& orderBy, int limit, int offset)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM cases ORDER BY %1 LIMIT %2 OFFSET %3")
                       .arg(orderBy)
                       .arg(limit)
                       .arg(offset)));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

} // namespace

TEST_CASE("The case list model passes the model tester through loads, sorts, filters and refreshes",
          "[ui][model]")
{
    test::TempStore store;
    fillDemo(store.db(), 1200);
    ui::CaseListModel model(store.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy counted(&model, &ui::CaseListModel::counted);

    REQUIRE(counted.wait(5000));
    CHECK(model.rowCount() == 1200);
    CHECK(model.columnCount() == core::caseColumnCount);

    // Rows not loaded yet say so, muted; once loaded they show the case.
    const QModelIndex last = model.index(1199, 0);
    REQUIRE(loadRows(model, 1190, 1199));
    CHECK(model.data(last).toString().startsWith(QStringLiteral("RD-")));

    // Newest first by default: the last row is the oldest case.
    const auto oldest = referenceIds(store.db(), QStringLiteral("opened_at ASC, id ASC"), 1, 0);
    CHECK(model.caseIdAt(1199) == oldest.first());

    model.sort(static_cast<int>(core::CaseColumn::Customer), Qt::AscendingOrder);
    REQUIRE(counted.wait(5000));
    REQUIRE(loadRows(model, 0, 9));
    const auto byCustomer = referenceIds(store.db(), QStringLiteral("customer_name ASC, id ASC"), 10, 0);
    for (int row = 0; row < 10; ++row)
        CHECK(model.caseIdAt(row) == byCustomer[row]);

    core::CaseListFilter closedOnly;
    closedOnly.statuses = {core::CaseStatus::Closed};
    model.setFilter(closedOnly);
    REQUIRE(counted.wait(5000));
    QSqlQuery q(store.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM cases WHERE status = 'closed'")));
    REQUIRE(q.next());
    CHECK(model.rowCount() == q.value(0).toInt());
    REQUIRE(loadRows(model, 0, 4));
    for (int row = 0; row < 5; ++row)
        CHECK(model.data(model.index(row, static_cast<int>(core::CaseColumn::Status))).toString() ==
              core::labelOf(core::CaseStatus::Closed));

    // A refresh keeps the rows in place and re-reads them.
    model.refresh();
    REQUIRE(counted.wait(5000));
    CHECK(model.rowCount() == q.value(0).toInt());
}

TEST_CASE("The case list model keeps a bounded cache while scrolling the whole list", "[ui][model]")
{
    test::TempStore store;
    fillDemo(store.db(), 6000);
    ui::CaseListModel model(store.db());
    QSignalSpy counted(&model, &ui::CaseListModel::counted);
    REQUIRE(counted.wait(5000));
    REQUIRE(model.rowCount() == 6000);
    for (int first = 0; first < 6000; first += 500)
        REQUIRE(loadRows(model, first, std::min(first + 49, 5999)));
    CHECK(model.cachedPages() <= ui::CaseListModel::maxPages);
    // The window at the far end matches the store's own ordering.
    REQUIRE(loadRows(model, 5950, 5999));
    const auto tail = referenceIds(store.db(), QStringLiteral("opened_at DESC, id DESC"), 50, 5950);
    for (int i = 0; i < 50; ++i)
        CHECK(model.caseIdAt(5950 + i) == tail[i]);
}

TEST_CASE("Search in the case list model finds by reference and by words", "[ui][model]")
{
    test::TempStore store;
    fillDemo(store.db(), 800);
    ui::CaseListModel model(store.db());
    QSignalSpy counted(&model, &ui::CaseListModel::counted);
    REQUIRE(counted.wait(5000));

    core::CaseListFilter byReference;
    byReference.search = QStringLiteral("RD-000042");
    model.setFilter(byReference);
    REQUIRE(counted.wait(5000));
    REQUIRE(model.rowCount() == 1);
    REQUIRE(loadRows(model, 0, 0));
    CHECK(model.caseIdAt(0) == 42);

    core::CaseListFilter byWord;
    byWord.search = QStringLiteral("grinding");
    model.setFilter(byWord);
    REQUIRE(counted.wait(5000));
    QSqlQuery q(store.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM cases WHERE description LIKE '%grinding%'")));
    REQUIRE(q.next());
    CHECK(model.rowCount() == q.value(0).toInt());
    CHECK(model.rowCount() > 0);
}
