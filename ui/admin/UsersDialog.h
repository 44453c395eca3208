#pragma once

#include "core/cases/User.h"
#include "core/store/Database.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace redress::ui {

/// An administrator's list of the people who work cases, and their roles.
/// Users appear on first sign-in (their login); here they get their role.
class UsersDialog : public QDialog
{
    Q_OBJECT
public:
    UsersDialog(core::Database db, core::User admin, QWidget* parent = nullptr);

    void reload();
    /// Gives the selected user `role`; false with the reason shown when refused.
    bool setSelectedRole(core::Role role);

private:
    core::Database m_db;
    core::User m_admin;
    QTreeWidget* m_users = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace redress::ui
