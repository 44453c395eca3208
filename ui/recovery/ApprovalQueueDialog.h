#pragma once

#include "core/cases/User.h"
#include "core/store/Database.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace redress::ui {

/// A lead's queue of gestures over someone's discretion limit, oldest
/// first: approve, or reject with a reason the rep will see.
class ApprovalQueueDialog : public QDialog
{
    Q_OBJECT
public:
    ApprovalQueueDialog(core::Database db, core::User user, QWidget* parent = nullptr);

    void reload();
    /// Decides the selected gesture; false with the message shown when refused.
    bool decide(bool approve);

Q_SIGNALS:
    void decided(qint64 caseId);

private:
    core::Database m_db;
    core::User m_user;
    QTreeWidget* m_queue = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace redress::ui
