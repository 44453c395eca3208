#include "ui/common/Session.h"

namespace redress::ui {

Session::Session(core::Database db, core::User user, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_user(std::move(user))
{
}

void Session::setUser(core::User user)
{
    m_user = std::move(user);
    Q_EMIT userChanged(m_user);
}

} // namespace redress::ui
