#include "core/store/ServerRoles.h"

namespace redress::core::ServerRoles {

Status grant(const QSqlDatabase&, const QString&, Role)
{
    return {}; // the server-side slice fills this in
}

} // namespace redress::core::ServerRoles
