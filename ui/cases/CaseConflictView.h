#pragma once

#include "core/cases/CaseMerge.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace redress::ui {

/// What changed underneath a rep's edit, field by field: the value when
/// they opened the case, theirs, and the store's now, with a choice for
/// each field both sides changed. Saving waits until every such field has
/// a choice, so nothing is overwritten that the rep has not looked at.
class CaseConflictView : public QWidget
{
    Q_OBJECT
public:
    explicit CaseConflictView(QWidget* parent = nullptr);

    /// Shows `merge`; `changes` are the timeline's events since the rep
    /// opened the case, oldest first; `note` goes above everything.
    void setComparison(const core::CaseMerge& merge, const QList<core::CaseEvent>& changes,
                       const QString& note = {});
    QHash<QString, core::MergeChoice> choices() const;
    /// The choice box of a conflicting field, or null.
    QComboBox* choiceBox(const QString& field) const { return m_choices.value(field); }
    /// The text of a cell: column 1 when opened, 2 yours, 3 now, 4 the outcome.
    QString cellText(const QString& field, int column) const;
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* backButton() const { return m_back; }
    void showError(const QString& message);

Q_SIGNALS:
    void saveRequested();
    void backRequested();

private:
    void updateSave();

    QLabel* m_note = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_changes = nullptr;
    QLabel* m_error = nullptr;
    QWidget* m_table = nullptr;
    QGridLayout* m_grid = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_back = nullptr;
    QHash<QString, QComboBox*> m_choices;
    QHash<QString, QList<QLabel*>> m_cells;
};

} // namespace redress::ui
