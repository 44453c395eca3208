#pragma once

#include "core/Error.h"
#include "core/cases/User.h"
#include "core/recovery/RecoveryTypes.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace redress::ui {

class Session;

/// A lead's view of what reps may give: the gesture catalogue (name, kind,
/// default cost, active) edited through a form under the table, and the
/// discretion limit of each role. The core decides who may change what;
/// its refusals are shown beside the form, naming the field.
class CatalogueDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CatalogueDialog(const Session& session, QWidget* parent = nullptr);

public Q_SLOTS:
    /// Saves the form as a new gesture or over the selected one.
    bool saveGesture();
    /// Clears the form for a new gesture.
    void newGesture();
    /// Saves the limits that changed; stops at the first refusal.
    bool saveLimits();

private:
    QGroupBox* createGestureBox();
    QGroupBox* createLimitsBox();
    void setTabOrderOfFields();
    void loadCatalogue(qint64 selectId);
    void showGesture(int row);
    void loadLimits();
    void showGestureError(const core::Error& error);

    const Session& m_session;
    QList<core::GestureType> m_types;
    qint64 m_editingId = 0; ///< 0 while the form holds a new gesture
    QTableWidget* m_table = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QDoubleSpinBox* m_cost = nullptr;
    QCheckBox* m_active = nullptr;
    QPushButton* m_newGesture = nullptr;
    QPushButton* m_saveGesture = nullptr;
    QLabel* m_gestureError = nullptr;
    QLabel* m_gestureStatus = nullptr;
    QHash<core::Role, QDoubleSpinBox*> m_limits;
    QHash<core::Role, qint64> m_savedLimits;
    QPushButton* m_saveLimits = nullptr;
    QLabel* m_limitError = nullptr;
    QLabel* m_limitStatus = nullptr;
};

} // namespace redress::ui
