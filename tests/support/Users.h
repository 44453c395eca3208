#pragma once

// Users with the role a test needs, made directly in the store.

#include "core/cases/User.h"
#include "core/store/Database.h"
#include "core/store/UserRepository.h"

#include <catch2/catch.hpp>

namespace redress::test {

inline core::User makeUser(const core::Database& db, const QString& login, const QString& name, core::Role role)
{
    core::User u;
    u.login = login;
    u.displayName = name;
    u.role = role;
    auto made = core::UserRepository(db).create(u);
    REQUIRE(made.has_value());
    return *made;
}

} // namespace redress::test
