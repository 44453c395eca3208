#pragma once

#include "core/cases/User.h"
#include "core/store/Database.h"

#include <QObject>

namespace redress::ui {

/// What the window and every pane and dialog share: the open store and who
/// works at the desk. Views hold it by reference and ask for the user when
/// they act, so File › Switch user reaches them all through setUser().
/// It outlives the window built on it.
class Session : public QObject
{
    Q_OBJECT
public:
    Session(core::Database db, core::User user, QObject* parent = nullptr);

    const core::Database& db() const { return m_db; }
    /// The acting user: the actor of every write, whose role decides what is offered.
    const core::User& user() const { return m_user; }

    /// Someone else works now, or the same person with another role.
    void setUser(core::User user);

Q_SIGNALS:
    /// After setUser(): views showing something the user decides catch up.
    void userChanged(const redress::core::User& user);

private:
    core::Database m_db;
    core::User m_user;
};

} // namespace redress::ui
