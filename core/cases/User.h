#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace redress::core {

/// Who someone is at the desk. Quality is the "chief problem solver" who
/// owns root causes and corrective actions; Admin runs the installation.
enum class Role
{
    Rep,
    Lead,
    Executive,
    Quality,
    Admin
};

/// What a role may do beyond working cases; checked in the core.
enum class Permission
{
    ApproveGestures, ///< decide on gestures over someone's discretion limit
    EditCatalogue,   ///< gestures, discretion limits, apology templates
    EditTaxonomy,    ///< the root-cause tree
    ManageUsers,
    EditPriorities, ///< the severity × impact priority matrix
    EditSla,        ///< the SLA calendar and targets
};

QList<Role> allRoles();
bool allows(Role role, Permission permission);

QString keyOf(Role r);
QString labelOf(Role r);
std::optional<Role> roleFromKey(const QString& key);

/// Someone who works cases. `login` is the operating-system login unless
/// told otherwise; it is what the timeline records as "who".
struct User
{
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Rep;
};

} // namespace redress::core
