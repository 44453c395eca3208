#pragma once

#include "core/Error.h"
#include "core/cases/Case.h"
#include "core/recovery/RecoveryTypes.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace redress::ui {

class Session;

/// Step 3: something extra for the trouble, from the catalogue, its cost
/// beside the customer's lifetime value and the rep's discretion limit; or
/// the customer's decline, with their reason.
class GestureDialog : public QDialog
{
    Q_OBJECT
public:
    GestureDialog(const Session& session, core::Case c, QWidget* parent = nullptr);

public Q_SLOTS:
    void accept() override;
    void decline();

private:
    void explain();
    void showError(const core::Error& error);

    const Session& m_session;
    core::Case m_case;
    QList<core::GestureType> m_types;
    qint64 m_limit = 0;
    qint64 m_given = 0;
    QComboBox* m_type = nullptr;
    QDoubleSpinBox* m_cost = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_weigh = nullptr;
    QLineEdit* m_declineReason = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace redress::ui
