#include "core/store/DemoStore.h"

#include "core/store/Sql.h"

#include <QCoreApplication>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::DemoGenerator)
};

} // namespace

Result<QList<std::pair<qint64, qint64>>> DemoStore::activeGestureTypes()
{
    auto q = sql::run(
        m_db, QStringLiteral("SELECT id, default_cost_cents FROM gesture_types WHERE active = 1 ORDER BY id"),
        Tr::tr("reading the gesture catalogue"));
    if (!q)
        return std::unexpected(q.error());
    QList<std::pair<qint64, qint64>> types;
    while (q->next())
        types << std::pair{q->value(0).toLongLong(), q->value(1).toLongLong()};
    return types;
}

Result<QList<std::pair<QString, qint64>>> DemoStore::activeRootCauses()
{
    auto q = sql::run(m_db, QStringLiteral("SELECT id, name FROM root_causes WHERE active = 1 ORDER BY id"),
                      Tr::tr("reading the root-cause taxonomy"));
    if (!q)
        return std::unexpected(q.error());
    QList<std::pair<QString, qint64>> causes;
    while (q->next())
        causes << std::pair{q->value(1).toString(), q->value(0).toLongLong()};
    return causes;
}

Result<qint64> DemoStore::rootCauseNamed(const QString& name)
{
    auto id = sql::scalar(m_db, QStringLiteral("SELECT id FROM root_causes WHERE name = ?"), {name},
                          Tr::tr("adding the demo problem records"), 0);
    if (!id)
        return std::unexpected(id.error());
    return id->toLongLong();
}

Result<qint64> DemoStore::lastCaseId()
{
    auto id = sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM cases"), {},
                          Tr::tr("preparing the demo cases"), 0);
    if (!id)
        return std::unexpected(id.error());
    return id->toLongLong();
}

Result<qint64> DemoStore::problemCount()
{
    auto n = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM problems"), {},
                         Tr::tr("adding the demo problem records"), 0);
    if (!n)
        return std::unexpected(n.error());
    return n->toLongLong();
}

} // namespace redress::core
