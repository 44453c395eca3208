// The audit banner: hidden while the timeline's hash chain is intact,
// shown naming the first broken entry once it was altered outside Redress,
// the verification running off the GUI thread.

#include "core/cases/Case.h"
#include "core/store/CaseRepository.h"
#include "support/CaseBuilder.h"
#include "support/Helpers.h"
#include "support/TempStore.h"
#include "support/Users.h"
#include "support/Widgets.h"
#include "ui/app/AuditAnchors.h"
#include "ui/app/AuditBanner.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace redress;
using redress::test::child;
using redress::ui::AuditBanner;

namespace {

// A store with one case and two notes; returns the second note's event id.
qint64 smallTimeline(const test::TempStore& store, qint64* caseId)
{
    const core::User rep =
        test::makeUser(store.db(), QStringLiteral("sam"), QStringLiteral("Sam Rivera"), core::Role::Rep);
    core::CaseRepository cases(store.db(), rep.id);
    auto c = cases.create(test::CaseBuilder()
                              .customer(QStringLiteral("Grace Hansen"))
                              .description(QStringLiteral("The pump leaks oil."))
                              .build());
    REQUIRE(c.has_value());
    REQUIRE(cases.addNote(c->id, QStringLiteral("Called back.")).has_value());
    REQUIRE(cases.addNote(c->id, QStringLiteral("Loan unit delivered.")).has_value());
    *caseId = c->id;
    return test::scalar(store.db().connection(),
                        QStringLiteral("SELECT max(id) FROM case_events WHERE case_id = ?"), {c->id})
        .toLongLong();
}

} // namespace

TEST_CASE("The audit banner stays hidden for an intact log", "[ui][audit]")
{
    test::TempStore store;
    qint64 caseId = 0;
    smallTimeline(store, &caseId);
    AuditBanner banner(store.db());
    banner.show();
    QSignalSpy checked(&banner, &AuditBanner::checked);
    banner.check();
    REQUIRE(test::waitUntil([&] { return checked.count() > 0; }));
    CHECK(checked.first().at(0).toBool());
    CHECK_FALSE(banner.isVisible());
    CHECK_FALSE(banner.broken().has_value());
    CHECK_FALSE(banner.isChecking());
}

TEST_CASE("The audit banner names the first broken entry of a tampered log", "[ui][audit]")
{
    test::TempStore store;
    qint64 caseId = 0;
    const qint64 noteId = smallTimeline(store, &caseId);
    {
        test::RawConnection raw(store.path());
        REQUIRE(raw.isOpen());
        test::exec(raw.db(), QStringLiteral("DROP TRIGGER case_events_no_update"));
        test::exec(
            raw.db(),
            QStringLiteral("UPDATE case_events SET note = 'Nothing delivered.' WHERE id = %1").arg(noteId));
    }
    AuditBanner banner(store.db());
    QSignalSpy checked(&banner, &AuditBanner::checked);
    banner.check();
    CHECK(banner.isChecking());
    REQUIRE(test::waitUntil([&] { return checked.count() > 0; }));
    CHECK_FALSE(checked.first().at(0).toBool());
    CHECK_FALSE(banner.isHidden());
    REQUIRE(banner.broken().has_value());
    CHECK(banner.broken()->eventId == noteId);

    auto* text = child<QLabel>(&banner, "auditBannerText");
    CHECK(text->text() ==
          QStringLiteral("The audit log has been altered outside Redress: first broken entry %1 (case %2).")
              .arg(noteId)
              .arg(core::referenceFor(caseId)));
    auto* detail = child<QLabel>(&banner, "auditBannerDetail");
    CHECK(detail->isHidden());
    child<QPushButton>(&banner, "auditBannerDetails")->click();
    CHECK_FALSE(detail->isHidden());
    CHECK(detail->text().contains(QStringLiteral("its text was altered")));
    CHECK(banner.toolTip() == detail->text());
}

TEST_CASE("The audit banner keeps the verified head outside the store and warns when it is gone",
          "[ui][audit][anchor]")
{
    test::TempStore store;
    qint64 caseId = 0;
    const qint64 last = smallTimeline(store, &caseId);
    ui::AuditAnchors::setAnchor(store.path(), std::nullopt);
    {
        AuditBanner banner(store.db());
        QSignalSpy checked(&banner, &AuditBanner::checked);
        banner.check();
        REQUIRE(test::waitUntil([&] { return checked.count() > 0; }));
        REQUIRE(checked.first().at(0).toBool());
    }
    const auto anchor = ui::AuditAnchors::anchor(store.path());
    REQUIRE(anchor.has_value());
    CHECK(anchor->eventId == last);
    // The key holds no password and no address.
    CHECK(ui::AuditAnchors::groupFor(QStringLiteral("postgresql://rep:secret@db.example/redress")) ==
          ui::AuditAnchors::groupFor(QStringLiteral("postgresql://rep@db.example/redress")));

    // The newest entries deleted and the store's own head with them: only
    // the anchor kept in the settings can tell.
    {
        test::RawConnection raw(store.path());
        REQUIRE(raw.isOpen());
        test::exec(raw.db(), QStringLiteral("DROP TRIGGER case_events_no_delete"));
        test::exec(raw.db(), QStringLiteral("DELETE FROM case_events WHERE id = %1").arg(last));
        test::exec(raw.db(), QStringLiteral("DELETE FROM audit_head"));
    }
    AuditBanner banner(store.db());
    QSignalSpy checked(&banner, &AuditBanner::checked);
    banner.check();
    REQUIRE(test::waitUntil([&] { return checked.count() > 0; }));
    CHECK_FALSE(checked.first().at(0).toBool());
    CHECK_FALSE(banner.isHidden());
    REQUIRE(banner.broken().has_value());
    CHECK(banner.broken()->problem == core::AuditChain::Problem::AnchorMissing);
    CHECK(child<QLabel>(&banner, "auditBannerText")
              ->text()
              .contains(QStringLiteral("no longer reaches entry %1").arg(last)));
    // A broken check leaves the anchor where it was.
    CHECK(ui::AuditAnchors::anchor(store.path()) == anchor);
}
