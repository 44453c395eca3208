// Issue 9: every widget a person can reach has a name a screen reader can
// say, no two mnemonics of one window fight over the same Alt+letter, and
// the forms are tabbed through in the order they are read.

#include "core/store/CaseRepository.h"
#include "support/CaseBuilder.h"
#include "support/TempStore.h"
#include "support/Users.h"
#include "ui/admin/BackupSettingsDialog.h"
#include "ui/admin/UsersDialog.h"
#include "ui/app/MainWindow.h"
#include "ui/app/SettingsDialog.h"
#include "ui/cases/CaseConflictView.h"
#include "ui/cases/CaseDetailWidget.h"
#include "ui/cases/CaseEditDialog.h"
#include "ui/cases/CaseIntakeDialog.h"
#include "ui/cases/FollowUpDialog.h"
#include "ui/common/Session.h"
#include "ui/dashboard/DashboardWidget.h"
#include "ui/io/ExportDialog.h"
#include "ui/io/ImportDialog.h"
#include "ui/problems/ProblemDesk.h"
#include "ui/recovery/AnalysisDialog.h"
#include "ui/recovery/ApologyDialog.h"
#include "ui/recovery/ApprovalQueueDialog.h"
#include "ui/recovery/CatalogueDialog.h"
#include "ui/recovery/GestureDialog.h"
#include "ui/recovery/SolutionDialog.h"
#include "ui/recovery/TaxonomyDialog.h"
#include "ui/recovery/TemplateEditorDialog.h"
#include "ui/sla/EscalateDialog.h"
#include "ui/sla/PriorityMatrixDialog.h"
#include "ui/sla/SlaSettingsDialog.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include <functional>
#include <memory>
#include <utility>

using namespace redress;

namespace {

QString describe(const QWidget* w)
{
    return QStringLiteral("%1 \"%2\"").arg(QLatin1String(w->metaObject()->className()), w->objectName());
}

template <typename T> bool inside(const QWidget* w, const QWidget* root)
{
    for (const QWidget* p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
        if (qobject_cast<const T*>(p))
            return true;
    }
    return false;
}

// The parts of a spin box or a combo box speak through the box itself.
bool speaksThroughParent(const QWidget* w, const QWidget* root)
{
    return inside<QAbstractSpinBox>(w, root) || inside<QComboBox>(w, root);
}

/// Focusable, visible widgets under `root` whose accessible name is empty.
QStringList unnamed(const QWidget* root)
{
    QStringList out;
    const QList<QWidget*> all = root->findChildren<QWidget*>();
    for (QWidget* w : all) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isVisible() || w->focusProxy() ||
            speaksThroughParent(w, root))
            continue;
        QAccessibleInterface* face = QAccessible::queryAccessibleInterface(w);
        const QString name = face ? face->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            out << describe(w);
    }
    return out;
}

/// Alt+letter keys that more than one visible, enabled control of `window` claims.
QStringList mnemonicClashes(const QWidget* window)
{
    QMap<QString, QStringList> claims;
    auto claim = [&](const QString& text, const QString& who) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            claims[key.toString()] << who;
    };
    QList<QWidget*> all = window->findChildren<QWidget*>();
    for (QWidget* w : all) {
        if (w->window() != window || !w->isVisible() || !w->isEnabled())
            continue;
        if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
            claim(label->text(), QStringLiteral("label “%1”").arg(label->text()));
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            claim(button->text(), QStringLiteral("button “%1”").arg(button->text()));
        else if (auto* box = qobject_cast<QGroupBox*>(w); box && box->isCheckable())
            claim(box->title(), QStringLiteral("group “%1”").arg(box->title()));
        else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i) && tabs->isTabEnabled(i))
                    claim(tabs->tabText(i), QStringLiteral("tab “%1”").arg(tabs->tabText(i)));
            }
        } else if (auto* bar = qobject_cast<QMenuBar*>(w)) {
            for (QAction* a : bar->actions()) {
                if (a->isVisible())
                    claim(a->text(), QStringLiteral("menu “%1”").arg(a->text()));
            }
        }
    }
    QStringList out;
    for (auto it = claims.cbegin(); it != claims.cend(); ++it) {
        if (it.value().size() > 1)
            out << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
    }
    return out;
}

// The visible, focusable widgets in `w`, or `w` itself, in the order given.
void fieldsOf(QLayoutItem* item, QList<QWidget*>& out)
{
    if (!item)
        return;
    if (QWidget* w = item->widget()) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
            out << w;
        return;
    }
    if (QLayout* inner = item->layout()) {
        for (int i = 0; i < inner->count(); ++i)
            fieldsOf(inner->itemAt(i), out);
    }
}

/// Form rows whose fields Tab reaches out of the order they are read in.
QStringList tabOrderBreaks(QWidget* window)
{
    // Where each widget stands in the tab chain, starting from the window.
    QHash<const QWidget*, int> position;
    QWidget* w = window;
    for (int i = 0; i < 2000; ++i) {
        w = w->nextInFocusChain();
        if (w == window || position.contains(w))
            break;
        position.insert(w, i);
    }
    QStringList out;
    const QList<QFormLayout*> forms = window->findChildren<QFormLayout*>();
    for (QFormLayout* form : forms) {
        QList<QWidget*> fields;
        for (int row = 0; row < form->rowCount(); ++row) {
            // A checkbox in the label column is read first, then its field.
            fieldsOf(form->itemAt(row, QFormLayout::LabelRole), fields);
            fieldsOf(form->itemAt(row, QFormLayout::FieldRole), fields);
            fieldsOf(form->itemAt(row, QFormLayout::SpanningRole), fields);
        }
        for (int i = 1; i < fields.size(); ++i) {
            if (position.value(fields[i - 1], -1) > position.value(fields[i], -1))
                out << QStringLiteral("%1 comes after %2").arg(describe(fields[i - 1]), describe(fields[i]));
        }
    }
    return out;
}

struct View
{
    QString name;
    std::function<std::unique_ptr<QWidget>()> make;
};

} // namespace

TEST_CASE("Every dialog and view names its controls, keeps its mnemonics apart and tabs in reading order",
          "[ui][accessibility]")
{
    test::TempStore store;
    // An administrator sees every editor editable, so every control is shown.
    const core::User admin =
        test::makeUser(store.db(), QStringLiteral("ada"), QStringLiteral("Ada Admin"), core::Role::Admin);
    core::CaseRepository cases(store.db(), admin.id);
    auto made = cases.create(
        test::CaseBuilder().description(QStringLiteral("The suction failed mid-treatment.")).build());
    REQUIRE(made.has_value());
    REQUIRE(cases.transition(made->id, core::CaseStatus::Acknowledged));
    REQUIRE(cases.transition(made->id, core::CaseStatus::InRecovery));
    const core::Case c = *cases.get(made->id);
    const core::Database& db = store.db();
    ui::Session session(db, admin);

    const QList<View> views{
        {QStringLiteral("MainWindow"),
         [&] {
             auto w = std::make_unique<ui::MainWindow>(session);
             return std::unique_ptr<QWidget>(std::move(w));
         }},
        {QStringLiteral("CaseIntakeDialog"), [&] { return std::make_unique<ui::CaseIntakeDialog>(session); }},
        {QStringLiteral("ApologyDialog"), [&] { return std::make_unique<ui::ApologyDialog>(session, c); }},
        {QStringLiteral("SolutionDialog"), [&] { return std::make_unique<ui::SolutionDialog>(session, c); }},
        {QStringLiteral("GestureDialog"), [&] { return std::make_unique<ui::GestureDialog>(session, c); }},
        {QStringLiteral("AnalysisDialog"), [&] { return std::make_unique<ui::AnalysisDialog>(session, c); }},
        {QStringLiteral("ApprovalQueueDialog"),
         [&] { return std::make_unique<ui::ApprovalQueueDialog>(session); }},
        {QStringLiteral("FollowUpDialog"),
         [&] { return std::make_unique<ui::FollowUpDialog>(session, c.id); }},
        {QStringLiteral("EscalateDialog"),
         [&] { return std::make_unique<ui::EscalateDialog>(session, c.id); }},
        {QStringLiteral("ExportDialog"),
         [&] { return std::make_unique<ui::ExportDialog>(db, core::CaseListQuery{}, 1); }},
        {QStringLiteral("ImportDialog"), [&] { return std::make_unique<ui::ImportDialog>(session); }},
        {QStringLiteral("CatalogueDialog"), [&] { return std::make_unique<ui::CatalogueDialog>(session); }},
        {QStringLiteral("TaxonomyDialog"), [&] { return std::make_unique<ui::TaxonomyDialog>(session); }},
        {QStringLiteral("TemplateEditorDialog"),
         [&] { return std::make_unique<ui::TemplateEditorDialog>(session, c.id); }},
        {QStringLiteral("UsersDialog"), [&] { return std::make_unique<ui::UsersDialog>(session); }},
        {QStringLiteral("PriorityMatrixDialog"),
         [&] { return std::make_unique<ui::PriorityMatrixDialog>(session); }},
        {QStringLiteral("SlaSettingsDialog"),
         [&] { return std::make_unique<ui::SlaSettingsDialog>(session); }},
        {QStringLiteral("BackupSettingsDialog"),
         [&] { return std::make_unique<ui::BackupSettingsDialog>(); }},
        {QStringLiteral("SettingsDialog"),
         [&] { return std::make_unique<ui::SettingsDialog>(store.path()); }},
        {QStringLiteral("DashboardWidget"), [&] { return std::make_unique<ui::DashboardWidget>(session); }},
        {QStringLiteral("ProblemDesk"), [&] { return std::make_unique<ui::ProblemDesk>(session); }},
        {QStringLiteral("CaseEditDialog"),
         [&] { return std::make_unique<ui::CaseEditDialog>(session, c.id); }},
        // Last: it changes the case underneath the rep to reach the comparison.
        {QStringLiteral("CaseEditDialog comparing"),
         [&] {
             auto dialog = std::make_unique<ui::CaseEditDialog>(session, c.id);
             core::CaseEdit theirs;
             theirs.severity = core::Severity::High;
             theirs.description = QStringLiteral("The pump overheats after ten minutes.");
             REQUIRE(core::CaseRepository(db, admin.id).update(c.id, theirs));
             dialog->findChild<QPlainTextEdit*>(QStringLiteral("descriptionEdit"))
                 ->setPlainText(QStringLiteral("The suction stopped twice today."));
             dialog->save();
             REQUIRE(dialog->showingConflict());
             return std::unique_ptr<QWidget>(std::move(dialog));
         }},
    };

    for (const View& view : views) {
        INFO(view.name.toStdString());
        std::unique_ptr<QWidget> w = view.make();
        w->show();
        REQUIRE(QTest::qWaitForWindowExposed(w.get()));
        if (auto* main = qobject_cast<ui::MainWindow*>(w.get())) {
            // The case's detail, with its recovery and SLA panels, is part of the window.
            REQUIRE(QTest::qWaitFor([&] { return main->caseDetail()->caseId() == c.id; }, 5000));
        }
        // Each page of each tab widget in turn: hidden pages' controls are not visible.
        QStringList names, clashes, order;
        auto check = [&] {
            names << unnamed(w.get());
            clashes << mnemonicClashes(w.get());
            order << tabOrderBreaks(w.get());
        };
        check();
        const QList<QTabWidget*> tabWidgets = w->findChildren<QTabWidget*>();
        for (QTabWidget* tabs : tabWidgets) {
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                check();
            }
        }
        names.removeDuplicates();
        clashes.removeDuplicates();
        order.removeDuplicates();
        CHECK(names.join(QStringLiteral("; ")).toStdString() == "");
        CHECK(clashes.join(QStringLiteral("; ")).toStdString() == "");
        CHECK(order.join(QStringLiteral("; ")).toStdString() == "");
        w->close();
    }
}

TEST_CASE("The accessibility checks find a nameless field, a clash and a form tabbed backwards",
          "[ui][accessibility]")
{
    QDialog dialog;
    auto* form = new QFormLayout(&dialog);
    auto* name = new QLineEdit;
    name->setObjectName(QStringLiteral("name"));
    auto* city = new QLineEdit;
    city->setObjectName(QStringLiteral("city"));
    form->addRow(QStringLiteral("&Name:"), name);
    form->addRow(QStringLiteral("&City:"), city);
    auto* bare = new QLineEdit;
    bare->setObjectName(QStringLiteral("bare"));
    bare->setPlaceholderText(QStringLiteral("A placeholder is no name"));
    form->addRow(bare);
    auto* next = new QPushButton(QStringLiteral("&Next"));
    form->addRow(next);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    CHECK(unnamed(&dialog) == QStringList{QStringLiteral("QLineEdit \"bare\"")});
    CHECK(mnemonicClashes(&dialog) == QStringList{QStringLiteral("Alt+N: label “&Name:”, button “&Next”")});
    CHECK(tabOrderBreaks(&dialog).isEmpty());
    // City then Name: the chain becomes City, Name, the bare field, Next.
    QWidget::setTabOrder(city, name);
    CHECK(tabOrderBreaks(&dialog).join(QStringLiteral("; ")).toStdString() ==
          "QLineEdit \"name\" comes after QLineEdit \"city\"");
}
