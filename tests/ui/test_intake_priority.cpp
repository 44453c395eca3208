// The intake form says which priority the rep's choice gives, and what it
// promises, before the case is saved.

#include "core/store/UserRepository.h"
#include "support/TempStore.h"
#include "ui/cases/CaseIntakeDialog.h"
#include "ui/common/Session.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>

using namespace redress;

TEST_CASE("The intake form shows the priority and its targets as severity and impact change", "[intake]")
{
    test::TempStore store;
    auto user = core::UserRepository(store.db()).ensure(QStringLiteral("rep"), QStringLiteral("Rep"));
    REQUIRE(user.has_value());
    ui::Session userSession(store.db(), *user);
    ui::CaseIntakeDialog dialog(userSession);
    auto* label = dialog.findChild<QLabel*>(QStringLiteral("intakePriority"));
    auto* severity = dialog.findChild<QComboBox*>(QStringLiteral("severityCombo"));
    auto* impact = dialog.findChild<QComboBox*>(QStringLiteral("impactCombo"));
    REQUIRE(label);
    REQUIRE(severity);
    REQUIRE(impact);

    // Medium severity, no impact: Normal, on business hours.
    CHECK(label->text().contains(QStringLiteral("Normal")));
    CHECK(label->text().contains(QStringLiteral("acknowledge within 4 h")));
    CHECK(label->text().contains(QStringLiteral("business time")));

    impact->setCurrentIndex(impact->findData(static_cast<int>(core::BusinessImpact::Stopped)));
    CHECK(label->text().contains(QStringLiteral("Emergency")));
    CHECK(label->text().contains(QStringLiteral("acknowledge within 15 min")));
    CHECK(label->text().contains(QStringLiteral("around the clock")));
    CHECK(label->text().contains(QStringLiteral("business is stopped")));

    impact->setCurrentIndex(impact->findData(static_cast<int>(core::BusinessImpact::Major)));
    severity->setCurrentIndex(severity->findData(static_cast<int>(core::Severity::Critical)));
    CHECK(label->text().contains(QStringLiteral("Urgent")));
    CHECK_FALSE(label->text().contains(QStringLiteral("business is stopped")));
}
