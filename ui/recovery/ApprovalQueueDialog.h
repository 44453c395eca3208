#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace redress::ui {

class Session;

/// A lead's queue of gestures over someone's discretion limit, oldest
/// first: approve, or reject with a reason the rep will see.
class ApprovalQueueDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ApprovalQueueDialog(const Session& session, QWidget* parent = nullptr);

    void reload();
    /// Decides the selected gesture; false with the message shown when refused.
    bool decide(bool approve);

Q_SIGNALS:
    void decided(qint64 caseId);

private:
    const Session& m_session;
    QTreeWidget* m_queue = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace redress::ui
