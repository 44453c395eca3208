// What a pass of the queue monitor reports as arrived: a pure decision over
// two tallies, the rules' moves and the queues' newest cases.
#include "core/sla/QueueNews.h"

#include <catch2/catch.hpp>

using namespace redress::core;

namespace {

constexpr int kMaxNamed = 5;

// Each queue's newest cases, newest first; records what was asked.
struct Queues
{
    QList<qint64> mine;
    QList<qint64> escalated;
    QList<std::pair<NewsQueue, int>> asked;

    NewestInQueue newest()
    {
        return [this](NewsQueue queue, int n) {
            asked << std::pair(queue, n);
            return (queue == NewsQueue::Mine ? mine : escalated).mid(0, n);
        };
    }
};

} // namespace

TEST_CASE("The first pass brings no news from counts alone", "[sla][escalation]")
{
    Queues queues{{1, 2, 3}, {4, 5}, {}};
    const QueueNews news = queueNews(std::nullopt, QueueTally{3, 2}, {}, EscalationLevel::Lead,
                                     queues.newest(), kMaxNamed);
    CHECK(news.count == 0);
    CHECK(news.caseIds.isEmpty());
    CHECK(queues.asked.isEmpty());
}

TEST_CASE("Moves to the person's rung are news even on the first pass", "[sla][escalation]")
{
    Queues queues;
    const QList<RungMove> moves{{10, EscalationLevel::Lead},
                                {11, EscalationLevel::Executive},
                                {12, EscalationLevel::Lead}};
    const QueueNews news =
        queueNews(std::nullopt, QueueTally{0, 2}, moves, EscalationLevel::Lead, queues.newest(), kMaxNamed);
    CHECK(news.count == 2);
    CHECK(news.caseIds == QList<qint64>{10, 12});
    CHECK(queues.asked.isEmpty());

    SECTION("someone with no rung hears of none")
    {
        const QueueNews none =
            queueNews(std::nullopt, QueueTally{0, 0}, moves, std::nullopt, queues.newest(), kMaxNamed);
        CHECK(none.count == 0);
        CHECK(none.caseIds.isEmpty());
    }
}

TEST_CASE("Grown counts are named from the newest cases, escalated ones first", "[sla][escalation]")
{
    Queues queues{{21, 22, 23}, {31, 32, 10}, {}};
    const QList<RungMove> moves{{10, EscalationLevel::Lead}};
    const QueueNews news = queueNews(QueueTally{5, 1}, QueueTally{7, 4}, moves, EscalationLevel::Lead,
                                     queues.newest(), kMaxNamed);
    // Two more of mine, three more escalated (one of them the move).
    CHECK(news.count == 5);
    CHECK(news.caseIds == QList<qint64>{10, 31, 32, 21, 22});
    CHECK(queues.asked == QList<std::pair<NewsQueue, int>>{{NewsQueue::Escalated, 2}, {NewsQueue::Mine, 2}});
}

TEST_CASE("No more than maxNamed cases are named, and no queue is asked for more", "[sla][escalation]")
{
    Queues queues{{21, 22, 23, 24, 25, 26, 27}, {31, 32, 33}, {}};
    const QueueNews news = queueNews(QueueTally{0, 0}, QueueTally{40, 3}, {}, EscalationLevel::Executive,
                                     queues.newest(), kMaxNamed);
    CHECK(news.count == 43);
    CHECK(news.caseIds == QList<qint64>{31, 32, 33, 21, 22});
    CHECK(queues.asked == QList<std::pair<NewsQueue, int>>{{NewsQueue::Escalated, 3}, {NewsQueue::Mine, 5}});

    SECTION("once the moves fill the list, no queue is asked")
    {
        Queues quiet{{21}, {31}, {}};
        QList<RungMove> many;
        for (qint64 id = 1; id <= 7; ++id)
            many << RungMove{id, EscalationLevel::Lead};
        const QueueNews full = queueNews(QueueTally{0, 0}, QueueTally{1, 9}, many, EscalationLevel::Lead,
                                         quiet.newest(), kMaxNamed);
        CHECK(full.count == 10);
        CHECK(full.caseIds == QList<qint64>{1, 2, 3, 4, 5});
        CHECK(quiet.asked.isEmpty());
    }
}

TEST_CASE("Counts that fell are not news", "[sla][escalation]")
{
    Queues queues{{21}, {31}, {}};
    const QueueNews news = queueNews(QueueTally{4, 3}, QueueTally{2, 1}, {}, EscalationLevel::Lead,
                                     queues.newest(), kMaxNamed);
    CHECK(news.count == 0);
    CHECK(news.caseIds.isEmpty());
    CHECK(queues.asked.isEmpty());
}
