#pragma once

#include "core/cases/User.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace redress::ui {

class Session;

/// An administrator's list of the people who work cases, and their roles.
/// Users appear on first sign-in (their login); here they get their role.
class UsersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UsersDialog(const Session& session, QWidget* parent = nullptr);

    void reload();
    /// Gives the selected user `role`; false with the reason shown when refused.
    bool setSelectedRole(core::Role role);

private:
    const Session& m_session;
    QTreeWidget* m_users = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace redress::ui
