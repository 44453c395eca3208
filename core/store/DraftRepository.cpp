#include "core/store/DraftRepository.h"

#include "core/Clock.h"
#include "core/store/Sql.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace redress::core {

namespace {
// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::DraftRepository)
};
} // namespace

Status DraftRepository::save(const QString& userLogin, const QString& kind, const QJsonObject& payload,
                             const DraftSubject& subject)
{
    const auto idOrNull = [](qint64 id) {
        return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
    };
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return ok;
    auto q = sql::run(
        db,
        QStringLiteral(
            "INSERT INTO drafts (user_login, kind, payload, updated_at, case_id, customer_id) VALUES "
            "(?, ?, ?, ?, ?, ?) ON CONFLICT (user_login, kind) DO UPDATE SET payload = "
            "excluded.payload, updated_at = excluded.updated_at, case_id = excluded.case_id, "
            "customer_id = excluded.customer_id"),
        {userLogin, kind, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
         sql::toStored(Clock::now()), idOrNull(subject.caseId), idOrNull(subject.customerId)},
        Tr::tr("keeping the draft"));
    if (!q)
        return std::unexpected(q.error());
    return tx.commit();
}

Result<std::optional<Draft>> DraftRepository::load(const QString& userLogin, const QString& kind)
{
    auto q =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT payload, updated_at FROM drafts WHERE user_login = ? AND kind = ?"),
                 {userLogin, kind}, Tr::tr("reading the draft"));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<Draft>();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(q->value(0).toString().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(Error::Code::Corrupt, Tr::tr("The saved draft cannot be read."),
                    parseError.errorString());
    return std::optional<Draft>(Draft{doc.object(), sql::fromStored(q->value(1))});
}

Status DraftRepository::remove(const QString& userLogin, const QString& kind)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return ok;
    auto q = sql::run(db, QStringLiteral("DELETE FROM drafts WHERE user_login = ? AND kind = ?"),
                      {userLogin, kind}, Tr::tr("discarding the draft"));
    if (!q)
        return std::unexpected(q.error());
    return tx.commit();
}

} // namespace redress::core
