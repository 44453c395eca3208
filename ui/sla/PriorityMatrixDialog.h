#pragma once

#include "core/cases/Priority.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace redress::ui {

class Session;

/// The lead's severity × business impact table: one priority per cell.
///
/// The Stopped column is not a choice: a customer whose business is stopped
/// is an emergency whatever the table says (the core applies that rule), so
/// the column shows Emergency and cannot be changed. Saving re-derives the
/// priority of every open case in the core; people without
/// Permission::EditPriorities see the table but cannot change it.
class PriorityMatrixDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PriorityMatrixDialog(const Session& session, QWidget* parent = nullptr);

    /// The table as the combos hold it now.
    core::PriorityMatrix matrix() const;
    /// The combo of one cell ("priority_<severity>_<impact>" by object name).
    QComboBox* cellCombo(core::Severity severity, core::BusinessImpact impact) const;

public Q_SLOTS:
    /// Writes the table; false (with the reason shown) when refused.
    bool save();

Q_SIGNALS:
    /// The table was saved and open cases follow it.
    void saved();

private:
    void load();
    void showMatrix(const core::PriorityMatrix& matrix);
    void updateDirty();

    const Session& m_session;
    bool m_canEdit = false;
    core::PriorityMatrix m_saved = core::PriorityMatrix::defaults();
    QList<QComboBox*> m_cells; // [severity - 1][impact], row by row
    QLabel* m_status = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace redress::ui
