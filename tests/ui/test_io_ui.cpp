// Getting cases out and in from the workstation: the export and import
// dialogs, the case summary as PDF, backups and the restore request.

#include "core/io/ExportColumns.h"
#include "core/store/Backup.h"
#include "core/store/CaseRepository.h"
#include "core/store/CustomerRepository.h"
#include "core/store/UserRepository.h"
#include "support/CaseBuilder.h"
#include "support/Helpers.h"
#include "support/TempStore.h"
#include "ui/app/MainWindow.h"
#include "ui/cases/CaseDetailWidget.h"
#include "ui/cases/CaseListModel.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Session.h"
#include "ui/io/ExportDialog.h"
#include "ui/io/ImportDialog.h"
#include "ui/io/SummaryPrinter.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace redress;

namespace {

// The first user of a store is its administrator, who may do all of this.
core::User lead(const core::Database& db)
{
    auto user = core::UserRepository(db).ensure(QStringLiteral("lee.lead"), QStringLiteral("Lee Lead"));
    REQUIRE(user.has_value());
    return *user;
}

qint64 addCase(const core::Database& db, const QString& customer, const QString& description)
{
    const core::NewCase intake = test::CaseBuilder()
                                     .customer(customer)
                                     .product(QStringLiteral("Dishwasher DW-5"))
                                     .description(description)
                                     .build();
    auto created = core::CaseRepository(db, 0).create(intake);
    REQUIRE(created.has_value());
    return created->id;
}

QString readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

struct Desk
{
    Desk(const core::Database& db, const core::User& user) : session(db, user), window(session)
    {
        QSignalSpy counted(window.caseModel(), &ui::CaseListModel::counted);
        window.show();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        if (!window.caseModel()->isCounted())
            REQUIRE(counted.wait(5000));
    }
    ui::Session session;
    ui::MainWindow window;
};

} // namespace

TEST_CASE("Export writes what the list shows, with the chosen columns", "[ui][io]")
{
    test::TempStore store;
    addCase(store.db(), QStringLiteral("Ada Lovelace"), QStringLiteral("The pump leaks."));
    addCase(store.db(), QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("Billing, twice; \"again\"."));
    addCase(store.db(), QStringLiteral("Grace Hopper"), QStringLiteral("A moth in the relay."));
    Desk desk(store.db(), lead(store.db()));

    // Narrow the list as a rep would: by a search.
    auto* search = desk.window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    REQUIRE(search != nullptr);
    QSignalSpy counted(desk.window.caseModel(), &ui::CaseListModel::counted);
    search->setText(QStringLiteral("pump"));
    REQUIRE(QTest::qWaitFor([&] { return desk.window.caseModel()->rowCount() == 1; }, 5000));

    const QString path = store.filePath(QStringLiteral("out.csv"));
    desk.window.setDialogHook([&](QDialog* d) {
        auto* dialog = qobject_cast<ui::ExportDialog*>(d);
        REQUIRE(dialog != nullptr);
        auto* columns = dialog->findChild<QListWidget*>(QStringLiteral("exportColumns"));
        REQUIRE(columns != nullptr);
        // Only reference and customer, customer first.
        for (int i = 0; i < columns->count(); ++i)
            columns->item(i)->setCheckState(Qt::Unchecked);
        for (int i = 0; i < columns->count(); ++i) {
            const QString key = columns->item(i)->data(Qt::UserRole).toString();
            if (key == QStringLiteral("customer") || key == QStringLiteral("reference"))
                columns->item(i)->setCheckState(Qt::Checked);
        }
        CHECK(dialog->options().query == desk.window.caseModel()->query());
        dialog->setTarget(path);
        dialog->accept();
        CHECK(dialog->result() == QDialog::Accepted);
    });
    desk.window.action(QStringLiteral("exportCsv"))->trigger();

    const QString csv = readAll(path);
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(1) == QStringLiteral("RD-000001,Ada Lovelace"));
}

TEST_CASE("The export dialog refuses an empty column choice and a bad target, writing nothing", "[ui][io]")
{
    test::TempStore store;
    addCase(store.db(), QStringLiteral("Ada Lovelace"), QStringLiteral("The pump leaks."));
    ui::ExportDialog dialog(store.db(), {}, 1);
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("exportError"));
    REQUIRE(error != nullptr);

    auto* columns = dialog.findChild<QListWidget*>(QStringLiteral("exportColumns"));
    for (int i = 0; i < columns->count(); ++i)
        columns->item(i)->setCheckState(Qt::Unchecked);
    dialog.setTarget(store.filePath(QStringLiteral("none.csv")));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(error->isHidden());
    CHECK_FALSE(QFile::exists(store.filePath(QStringLiteral("none.csv"))));

    // A folder that cannot exist: its parent is a file.
    columns->item(0)->setCheckState(Qt::Checked);
    dialog.setTarget(store.path() + QStringLiteral("/sub/out.csv"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(error->text().contains(QStringLiteral("out.csv")));
}

TEST_CASE("Import maps an exported file's columns itself and adds its cases", "[ui][io]")
{
    test::TempStore source;
    addCase(source.db(), QStringLiteral("Ada Lovelace"), QStringLiteral("The pump leaks,\nagain."));
    addCase(source.db(), QStringLiteral("Grace Hopper"), QStringLiteral("A moth in the relay."));
    const QString file = source.filePath(QStringLiteral("cases.csv"));
    {
        QSettings().clear(); // the columns another test chose are remembered
        ui::ExportDialog exporter(source.db(), {}, 2);
        exporter.setTarget(file);
        exporter.accept();
        REQUIRE(exporter.written() == 2);
    }

    test::TempStore target;
    Desk desk(target.db(), lead(target.db()));
    desk.window.setDialogHook([&](QDialog* d) {
        auto* dialog = qobject_cast<ui::ImportDialog*>(d);
        REQUIRE(dialog != nullptr);
        REQUIRE(dialog->load(file));
        // Every column of our own export is recognised, but for what the
        // target store derives itself: the priority from its own matrix,
        // second failures and links from its own cases.
        const auto mapping = dialog->options().mapping;
        const QStringList keys = core::defaultExportColumnKeys();
        const QStringList derived{QStringLiteral("priority"), QStringLiteral("second_failure"),
                                  QStringLiteral("links")};
        for (const QString& key : derived)
            REQUIRE(keys.contains(key));
        for (qsizetype i = 0; i < mapping.size(); ++i) {
            INFO(keys.value(i).toStdString());
            CHECK(mapping.at(i).has_value() == !derived.contains(keys.value(i)));
        }
        auto report = dialog->runImport();
        INFO(
            dialog->findChild<QPlainTextEdit*>(QStringLiteral("importOutcome"))->toPlainText().toStdString());
        REQUIRE(report.has_value());
        CHECK(report->imported == 2);
        CHECK(report->rejected == 0);
        CHECK_FALSE(dialog->findChild<QPlainTextEdit*>(QStringLiteral("importOutcome"))->isHidden());
    });
    desk.window.action(QStringLiteral("importCsv"))->trigger();
    REQUIRE(QTest::qWaitFor([&] { return desk.window.caseModel()->rowCount() == 2; }, 5000));
    auto first = core::CaseRepository(target.db(), 0).get(1);
    REQUIRE(first.has_value());
    CHECK(first->customerName == QStringLiteral("Ada Lovelace"));
    CHECK(first->description == QStringLiteral("The pump leaks,\nagain."));
}

TEST_CASE("A file that cannot be imported says why and offers no import", "[ui][io]")
{
    test::TempStore store;
    const QString file = store.filePath(QStringLiteral("empty.csv"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    ui::Session leadSession(store.db(), lead(store.db()));
    ui::ImportDialog dialog(leadSession);
    CHECK_FALSE(dialog.load(file));
    auto* outcome = dialog.findChild<QPlainTextEdit*>(QStringLiteral("importOutcome"));
    CHECK_FALSE(outcome->isHidden());
    CHECK_FALSE(outcome->toPlainText().isEmpty());
    CHECK_FALSE(dialog.runImport().has_value());
}

TEST_CASE("The case summary is written as a PDF", "[ui][io]")
{
    test::TempStore store;
    const qint64 id = addCase(store.db(), QStringLiteral("Ada Lovelace"), QStringLiteral("The pump leaks."));
    Desk desk(store.db(), lead(store.db()));
    desk.window.caseTable()->setFocus();
    desk.window.caseTable()->selectRow(0);
    REQUIRE(QTest::qWaitFor([&] { return desk.window.caseDetail()->caseId() == id; }, 5000));

    const QString pdf = store.filePath(QStringLiteral("RD-000001.pdf"));
    ui::MessageBox::setNextChoices({1});
    ui::MessageBox::setNextFileNames({pdf});
    REQUIRE(desk.window.action(QStringLiteral("pdfSummary"))->isEnabled());
    desk.window.action(QStringLiteral("pdfSummary"))->trigger();
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    CHECK(file.size() > 1000);

    // A PDF that cannot be written leaves nothing behind.
    const QString bad = store.path() + QStringLiteral("/x.pdf");
    CHECK_FALSE(ui::summary::writePdf(QStringLiteral("<p>x</p>"), QStringLiteral("x"), bad).has_value());
    CHECK_FALSE(QFile::exists(bad));
}

TEST_CASE("A PDF is its owner's alone and replaces a link at its path", "[ui][io][privacy]")
{
    // Under the usual umask, so that 0600 is the writer's doing.
    const mode_t previous = ::umask(022);
    QTemporaryDir dir;
    const QString victim = dir.filePath(QStringLiteral("victim"));
    {
        QFile f(victim);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("someone else's file");
    }
    const QString pdf = dir.filePath(QStringLiteral("summary.pdf"));
    REQUIRE(QFile::link(victim, pdf));
    const auto written = ui::summary::writePdf(QStringLiteral("<p>Ada</p>"), QStringLiteral("Ada"), pdf);
    ::umask(previous);
    REQUIRE(written.has_value());
    CHECK_FALSE(QFileInfo(pdf).isSymLink());
    struct stat st = {};
    REQUIRE(::stat(QFile::encodeName(pdf).constData(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0600);
    QFile f(victim);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == QByteArray("someone else's file"));
}

TEST_CASE("Back up writes a checked copy and restore asks first, then hands over", "[ui][io]")
{
    test::TempStore store;
    addCase(store.db(), QStringLiteral("Ada Lovelace"), QStringLiteral("The pump leaks."));
    Desk desk(store.db(), lead(store.db()));

    const QString copy = store.filePath(QStringLiteral("copy.sqlite"));
    ui::MessageBox::setNextFileNames({copy});
    desk.window.action(QStringLiteral("backup"))->trigger();
    auto checked = core::Backup::verify(copy);
    REQUIRE(checked.has_value());
    CHECK(checked->cases == 1);

    QSignalSpy restore(&desk.window, &ui::MainWindow::restoreRequested);
    ui::MessageBox::setNextFileNames({copy});
    ui::MessageBox::setNextAnswers({QMessageBox::Cancel});
    desk.window.action(QStringLiteral("restore"))->trigger();
    CHECK(restore.isEmpty());

    ui::MessageBox::setNextFileNames({copy});
    ui::MessageBox::setNextAnswers({QMessageBox::Yes});
    desk.window.action(QStringLiteral("restore"))->trigger();
    REQUIRE(restore.size() == 1);
    CHECK(restore.first().first().toString() == copy);

    // A file that is not a backup is refused before any question.
    const QString junk = store.filePath(QStringLiteral("junk.sqlite"));
    {
        QFile f(junk);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not a store at all");
    }
    ui::MessageBox::shown().clear();
    ui::MessageBox::setNextFileNames({junk});
    ui::MessageBox::setNextAnswers({QMessageBox::Ok});
    desk.window.action(QStringLiteral("restore"))->trigger();
    CHECK(restore.size() == 1);
    REQUIRE(ui::MessageBox::shown().size() == 1);
}

TEST_CASE("Return exports from the column list and Escape cancels", "[ui][io]")
{
    test::TempStore store;
    addCase(store.db(), QStringLiteral("Ada Lovelace"), QStringLiteral("The pump leaks."));
    QSettings().clear();
    const QString path = store.filePath(QStringLiteral("keys.csv"));
    {
        ui::ExportDialog dialog(store.db(), {}, 1);
        dialog.setTarget(path);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
        REQUIRE(QApplication::focusWidget() ==
                dialog.findChild<QListWidget*>(QStringLiteral("exportColumns")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        INFO(dialog.findChild<QLabel*>(QStringLiteral("exportError"))->text().toStdString());
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.written() == 1);
    }
    CHECK(QFile::exists(path));
    {
        ui::ExportDialog dialog(store.db(), {}, 1);
        dialog.setTarget(store.filePath(QStringLiteral("escaped.csv")));
        dialog.show();
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        CHECK(dialog.result() == QDialog::Rejected);
    }
    CHECK_FALSE(QFile::exists(store.filePath(QStringLiteral("escaped.csv"))));
}

TEST_CASE("Return in the import path loads the file without importing it", "[ui][io]")
{
    test::TempStore store;
    const QString file = store.filePath(QStringLiteral("two.csv"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Customer,Product,Description,Opened\r\nAda,Pump,Leaks,2026-01-05 09:30\r\n"
                "Grace,Relay,A moth,2026-01-06 10:00\r\n");
    }
    ui::Session leadSession(store.db(), lead(store.db()));
    ui::ImportDialog dialog(leadSession);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto* path = dialog.findChild<QLineEdit*>(QStringLiteral("importPath"));
    path->setFocus();
    QTest::keyClicks(path, file);
    QTest::keyClick(path, Qt::Key_Return);
    CHECK(dialog.findChild<QTableWidget*>(QStringLiteral("importPreview"))->rowCount() == 2);
    CHECK_FALSE(dialog.report().has_value());
    CHECK(core::CaseRepository(store.db(), 0).count().value_or(-1) == 0);
}

TEST_CASE("A customer list is recognised as one and imports customers", "[ui][io]")
{
    test::TempStore store;
    const QString file = store.filePath(QStringLiteral("crm.csv"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Name,Company,Email,Segment,Lifetime value\r\n"
                "Ada Lovelace,Analytical Engines,ada@example.test,Key account,12500.00\r\n"
                "Grace Hopper,,grace@example.test,Retail,310\r\n");
    }
    ui::Session leadSession(store.db(), lead(store.db()));
    ui::ImportDialog dialog(leadSession);
    REQUIRE(dialog.load(file));
    auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("importKind"));
    REQUIRE(kind != nullptr);
    CHECK(static_cast<core::ImportKind>(kind->currentData().toInt()) == core::ImportKind::Customers);
    CHECK(dialog.options().kind == core::ImportKind::Customers);
    auto report = dialog.runImport();
    REQUIRE(report.has_value());
    CHECK(report->customersCreated == 2);
    CHECK(report->rejected == 0);
    auto ada = core::CustomerRepository(store.db()).findByPrefix(QStringLiteral("Ada"), 5);
    REQUIRE(ada.has_value());
    REQUIRE(ada->size() == 1);
    CHECK(ada->first().lifetimeValueCents == 1'250'000);
    CHECK(ada->first().segment == QStringLiteral("Key account"));
    CHECK(core::CaseRepository(store.db(), 0).count().value_or(-1) == 0);
}
