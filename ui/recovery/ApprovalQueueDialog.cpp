#include "ui/recovery/ApprovalQueueDialog.h"

#include "core/store/RecoveryRepository.h"
#include "ui/common/Session.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace redress::ui {

ApprovalQueueDialog::ApprovalQueueDialog(const Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("approvalQueue"));
    setWindowTitle(tr("Approvals"));
    auto* layout = new QVBoxLayout(this);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("approvalMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_queue = new QTreeWidget;
    m_queue->setObjectName(QStringLiteral("approvalList"));
    m_queue->setAccessibleName(tr("Gestures waiting for approval"));
    m_queue->setRootIsDecorated(false);
    m_queue->setHeaderLabels({tr("Case"), tr("Gesture"), tr("Cost"), tr("Asked by"), tr("When"), tr("Note")});
    layout->addWidget(m_queue, 1);
    auto* row = new QHBoxLayout;
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("approvalReason"));
    m_reason->setAccessibleName(tr("Reason for the decision"));
    m_reason->setPlaceholderText(tr("Reason (needed to reject; the rep sees it)"));
    row->addWidget(m_reason, 1);
    auto* approve = new QPushButton(tr("&Approve"));
    approve->setObjectName(QStringLiteral("approveButton"));
    auto* reject = new QPushButton(tr("&Reject"));
    reject->setObjectName(QStringLiteral("rejectButton"));
    connect(approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(reject, &QPushButton::clicked, this, [this] { decide(false); });
    row->addWidget(approve);
    row->addWidget(reject);
    layout->addLayout(row);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 420);
    reload();
}

void ApprovalQueueDialog::reload()
{
    m_queue->clear();
    auto pending = core::RecoveryRepository(m_session.db(), m_session.user()).pendingApprovals();
    if (!pending) {
        m_message->setText(pending.error().message);
        return;
    }
    const QLocale locale;
    for (const core::Gesture& g : *pending) {
        auto* item = new QTreeWidgetItem(QStringList{
            core::referenceFor(g.caseId), g.typeName, locale.toString(g.costCents / 100.0, 'f', 2),
            g.requestedBy, locale.toString(g.requestedAt.toLocalTime(), QLocale::ShortFormat), g.note});
        item->setData(0, Qt::UserRole, g.id);
        item->setData(1, Qt::UserRole, g.caseId);
        m_queue->addTopLevelItem(item);
    }
    for (int i = 0; i < 5; ++i)
        m_queue->resizeColumnToContents(i);
    if (m_queue->topLevelItemCount() > 0)
        m_queue->setCurrentItem(m_queue->topLevelItem(0));
    m_message->setText(pending->isEmpty()
                           ? tr("Nothing is waiting for approval.")
                           : tr("%1 gestures are waiting, oldest first.").arg(pending->size()));
}

bool ApprovalQueueDialog::decide(bool approve)
{
    const QTreeWidgetItem* item = m_queue->currentItem();
    if (!item)
        return false;
    const qint64 caseId = item->data(1, Qt::UserRole).toLongLong();
    auto outcome = core::RecoveryRepository(m_session.db(), m_session.user())
                       .decide(item->data(0, Qt::UserRole).toLongLong(), approve, m_reason->text());
    if (!outcome) {
        // Decided at another desk meanwhile: the queue as it is now, and why
        // this one went from it.
        if (outcome.error().code == core::Error::Code::Conflict) {
            reload();
            Q_EMIT decided(caseId);
        }
        m_message->setText(outcome.error().message);
        return false;
    }
    m_reason->clear();
    Q_EMIT decided(caseId);
    reload();
    return true;
}

} // namespace redress::ui
