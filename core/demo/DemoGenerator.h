#pragma once

#include "core/Error.h"
#include "core/store/Database.h"

#include <QDateTime>

#include <functional>

namespace redress::core {

/// Fills a store with realistic cases for demonstrations and benchmarks:
/// customers with companies and lifetime values, products, a few users,
/// varied channels, severities and statuses, opening dates over the two
/// years before `now`, and timelines that walk each case to its status.
/// The same seed and `now` give the same store.
class DemoGenerator
{
public:
    struct Options
    {
        qint64 cases = 1000;
        quint64 seed = 1;
        QDateTime now; ///< invalid: the start of the current UTC day
        /// Called now and then with the cases written so far; return false to stop.
        std::function<bool(qint64 done, qint64 total)> progress;
    };

    struct Summary
    {
        qint64 cases = 0;
        qint64 customers = 0;
        qint64 events = 0;
    };

    explicit DemoGenerator(Database db) : m_db(std::move(db)) {}

    /// Whether the demo generator has written to this store: it leaves a
    /// draft of this kind under no user's login, which no desk writes.
    static Result<bool> isDemoStore(const Database& db);

    /// Adds the cases in batches, each batch one transaction; a cancel or a
    /// failure keeps the batches already committed and says how many.
    Result<Summary> generate(const Options& options);

private:
    Result<Summary> generateThroughFile(const Options& options);
    /// A few problem records with corrective actions, one that worked and
    /// one that did not, so the problem desk has something to show.
    Status seedProblems(qint64 qualityId, const QDateTime& now);

    Database m_db;
};

} // namespace redress::core
