#pragma once

#include "bench/Samples.h"
#include "core/store/Database.h"

#include <QElapsedTimer>
#include <QObject>

#include <expected>
#include <memory>

class QTableView;

namespace redress::ui {
class CaseListModel;
}

namespace redress::bench {

/// The case list as the main window shows it: a CaseListModel in a
/// QTableView set up the way MainWindow sets it up, shown on the offscreen
/// platform so that the view paints and asks for rows the way it does on a
/// screen.
class ListHarness : public QObject
{
    Q_OBJECT
public:
    explicit ListHarness(const core::Database& db, QObject* parent = nullptr);
    ~ListHarness() override;

    ui::CaseListModel& model() { return *m_model; }
    QTableView& view() { return *m_view; }

    /// Runs the event loop until `row` is loaded, or the count shows the
    /// list has no such row. Returns the time on `clock` at that moment,
    /// taken in the slot, so the wait itself adds nothing.
    std::expected<double, QString> waitForRow(int row, const QElapsedTimer& clock, int timeoutMs = 120000);
    /// When the count arrived during the last waitForRow(), on its clock;
    /// negative when it had arrived before.
    double countedAtMs() const { return m_countedAtMs; }
    /// Runs the event loop for `ms` without waiting for anything.
    static void spin(int ms);

    /// Where GUI-thread time goes, for explaining a stall: each paint of
    /// the table, each insert of rows (the model's endInsertRows with the
    /// view and header reacting), each reset.
    struct GuiCosts
    {
        Samples paints;
        Samples inserts;
        Samples resets;
    };
    const GuiCosts& guiCosts() const { return m_costs; }

private:
    bool isLoaded(int row) const;

    GuiCosts m_costs; // before the view, which keeps a reference to it
    double m_countedAtMs = -1;
    std::unique_ptr<ui::CaseListModel> m_model;
    std::unique_ptr<QTableView> m_view;
    QElapsedTimer m_insertClock;
    QElapsedTimer m_resetClock;
};

} // namespace redress::bench
