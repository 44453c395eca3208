// Three-way comparison of a stale edit (issue: optimistic concurrency):
// what the rep opened, what they want, and what the store has now.

#include "core/cases/CaseMerge.h"

#include <catch2/catch.hpp>

using namespace redress::core;

namespace {

Case opened()
{
    Case c;
    c.id = 7;
    c.productName = QStringLiteral("Vacuum pump VP-200");
    c.channel = Channel::Phone;
    c.description = QStringLiteral("The suction failed mid-treatment.");
    c.severity = Severity::Medium;
    c.impact = BusinessImpact::Minor;
    c.rowVersion = 3;
    return c;
}

std::string changeOf(const CaseMerge& merge, const char* field)
{
    const FieldMerge* m = merge.field(QString::fromLatin1(field));
    REQUIRE(m != nullptr);
    switch (m->change) {
    case FieldChange::Unchanged: return "unchanged";
    case FieldChange::Mine: return "mine";
    case FieldChange::Theirs: return "theirs";
    case FieldChange::BothSame: return "both same";
    case FieldChange::Conflict: return "conflict";
    }
    return "?";
}

} // namespace

TEST_CASE("Each field of a stale edit is classed as mine, theirs, both alike or in conflict", "[merge]")
{
    const Case base = opened();
    Case theirs = base;
    theirs.rowVersion = 5;
    theirs.severity = Severity::High;                                        // theirs only
    theirs.description = QStringLiteral("Suction fails after ten minutes."); // both, differently
    theirs.impact = BusinessImpact::Major;                                   // both, alike

    CaseEdit mine;
    mine.productName = QStringLiteral("  vacuum pump  VP-200 "); // the same product, typed again
    mine.channel = Channel::Email;                               // mine only
    mine.description = QStringLiteral("The suction stopped twice today.");
    mine.severity = Severity::Medium; // left as opened
    mine.impact = BusinessImpact::Major;

    const CaseMerge merge = CaseMerge::compare(base, mine, theirs);
    REQUIRE(merge.fields().size() == 5);
    CHECK(merge.fields().at(0).field == QStringLiteral("product"));
    CHECK(merge.fields().at(4).field == QStringLiteral("impact"));
    CHECK(changeOf(merge, "product") == "unchanged");
    CHECK(changeOf(merge, "channel") == "mine");
    CHECK(changeOf(merge, "description") == "conflict");
    CHECK(changeOf(merge, "severity") == "theirs");
    CHECK(changeOf(merge, "impact") == "both same");
    CHECK(merge.conflicts() == QStringList{QStringLiteral("description")});

    // Values as a person reads them: labels, not keys or numbers.
    const FieldMerge* channel = merge.field(QStringLiteral("channel"));
    CHECK(channel->label == QStringLiteral("Channel"));
    CHECK(channel->base == QStringLiteral("Phone"));
    CHECK(channel->mine == QStringLiteral("Email"));
    CHECK(channel->theirs == QStringLiteral("Phone"));
    const FieldMerge* severity = merge.field(QStringLiteral("severity"));
    CHECK(severity->base == QStringLiteral("Medium"));
    CHECK(severity->mine == QStringLiteral("Medium"));
    CHECK(severity->theirs == QStringLiteral("High"));
    const FieldMerge* description = merge.field(QStringLiteral("description"));
    CHECK(description->base == QStringLiteral("The suction failed mid-treatment."));
    CHECK(description->mine == QStringLiteral("The suction stopped twice today."));
    CHECK(description->theirs == QStringLiteral("Suction fails after ten minutes."));
    CHECK(merge.field(QStringLiteral("impact"))->theirs == QStringLiteral("Major"));
    CHECK(merge.field(QStringLiteral("product"))->mine == QStringLiteral("vacuum pump VP-200"));
    CHECK(merge.field(QStringLiteral("owner")) == nullptr);
}

TEST_CASE("A stale edit resolves to the rep's own changes and their choices, nothing else", "[merge]")
{
    const Case base = opened();
    Case theirs = base;
    theirs.severity = Severity::Critical;
    theirs.description = QStringLiteral("Suction fails after ten minutes.");
    CaseEdit mine;
    mine.channel = Channel::Chat;
    mine.description = QStringLiteral("The suction stopped twice today.");
    mine.severity = Severity::Medium;
    const CaseMerge merge = CaseMerge::compare(base, mine, theirs);

    SECTION("a conflict without a choice is refused, naming the field")
    {
        auto refused = merge.resolve({});
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == Error::Code::InvalidInput);
        CHECK(refused.error().field == QStringLiteral("description"));
    }
    SECTION("taking theirs leaves the field out of the edit")
    {
        auto edit = merge.resolve({{QStringLiteral("description"), MergeChoice::TakeTheirs}});
        REQUIRE(edit.has_value());
        CHECK(edit->channel == Channel::Chat);
        CHECK_FALSE(edit->description.has_value());
        // Their severity stands: the rep's unchanged Medium is not written back.
        CHECK_FALSE(edit->severity.has_value());
        CHECK_FALSE(edit->productName.has_value());
        CHECK_FALSE(edit->impact.has_value());
    }
    SECTION("keeping mine puts the rep's text in the edit")
    {
        auto edit = merge.resolve({{QStringLiteral("description"), MergeChoice::KeepMine}});
        REQUIRE(edit.has_value());
        CHECK(edit->description == QStringLiteral("The suction stopped twice today."));
        CHECK(edit->channel == Channel::Chat);
        CHECK_FALSE(edit->severity.has_value());
    }
}

TEST_CASE("Unset members of an edit and blank-only differences change nothing", "[merge]")
{
    const Case base = opened();
    Case theirs = base;
    theirs.channel = Channel::Letter;
    CaseEdit mine;
    mine.description = QStringLiteral("  The suction failed mid-treatment.\n");
    const CaseMerge merge = CaseMerge::compare(base, mine, theirs);
    CHECK(changeOf(merge, "description") == "unchanged");
    CHECK(changeOf(merge, "channel") == "theirs");
    CHECK(merge.field(QStringLiteral("channel"))->mine == QStringLiteral("Phone"));
    CHECK(merge.conflicts().isEmpty());
    auto edit = merge.resolve({});
    REQUIRE(edit.has_value());
    CHECK_FALSE(edit->channel.has_value());
    CHECK_FALSE(edit->description.has_value());
}
