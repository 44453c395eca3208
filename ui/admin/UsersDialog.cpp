#include "ui/admin/UsersDialog.h"

#include "core/store/UserRepository.h"
#include "ui/common/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace redress::ui {

UsersDialog::UsersDialog(const Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users and roles"));
    auto* layout = new QVBoxLayout(this);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_users = new QTreeWidget;
    m_users->setObjectName(QStringLiteral("userList"));
    m_users->setAccessibleName(tr("Users"));
    m_users->setRootIsDecorated(false);
    m_users->setHeaderLabels({tr("Name"), tr("Login"), tr("Role")});
    layout->addWidget(m_users, 1);
    auto* row = new QHBoxLayout;
    auto* role = new QComboBox;
    role->setObjectName(QStringLiteral("roleCombo"));
    role->setAccessibleName(tr("Role"));
    for (core::Role r : core::allRoles())
        role->addItem(core::labelOf(r), core::keyOf(r));
    auto* apply = new QPushButton(tr("&Give this role"));
    apply->setObjectName(QStringLiteral("applyRoleButton"));
    connect(apply, &QPushButton::clicked, this, [this, role] {
        if (auto r = core::roleFromKey(role->currentData().toString()))
            setSelectedRole(*r);
    });
    const bool mayManage = core::allows(m_session.user().role, core::Permission::ManageUsers);
    role->setEnabled(mayManage);
    apply->setEnabled(mayManage);
    row->addWidget(role, 1);
    row->addWidget(apply);
    layout->addLayout(row);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 380);
    reload();
    if (!mayManage)
        m_message->setText(tr("Only an administrator changes roles; you are signed in as %1 (%2).")
                               .arg(m_session.user().displayName, core::labelOf(m_session.user().role)));
}

void UsersDialog::reload()
{
    m_users->clear();
    auto users = core::UserRepository(m_session.db()).all();
    if (!users) {
        m_message->setText(users.error().message);
        return;
    }
    for (const core::User& u : *users) {
        auto* item = new QTreeWidgetItem(QStringList{u.displayName, u.login, core::labelOf(u.role)});
        item->setData(0, Qt::UserRole, u.id);
        m_users->addTopLevelItem(item);
    }
    if (m_users->topLevelItemCount() > 0)
        m_users->setCurrentItem(m_users->topLevelItem(0));
}

bool UsersDialog::setSelectedRole(core::Role role)
{
    const QTreeWidgetItem* item = m_users->currentItem();
    if (!item)
        return false;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    auto changed = core::UserRepository(m_session.db()).assignRole(m_session.user(), id, role);
    if (!changed) {
        m_message->setText(changed.error().message);
        return false;
    }
    m_message->setText(tr("%1 is now %2.").arg(changed->displayName, core::labelOf(role)));
    reload();
    for (int i = 0; i < m_users->topLevelItemCount(); ++i) {
        if (m_users->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == id)
            m_users->setCurrentItem(m_users->topLevelItem(i));
    }
    return true;
}

} // namespace redress::ui
