#include "core/store/TemplateRepository.h"

#include "core/Clock.h"
#include "core/recovery/ApologyTemplate.h"
#include "core/recovery/ApologyTemplateSet.h"
#include "core/store/Sql.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>

namespace redress::core {

namespace {
// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::TemplateRepository)
};
} // namespace

Status TemplateRepository::ensureDefaults(const ApologyTemplateSet& defaults)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return ok;
    for (const ApologyTemplateSet::Entry& e : defaults.entries()) {
        auto q = sql::run(db,
                          QStringLiteral("INSERT INTO apology_templates (template_key, version, title, body, "
                                         "created_at) SELECT ?, 1, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM "
                                         "apology_templates WHERE template_key = ?)"),
                          {e.key, e.title, e.apology.text(), sql::toStored(Clock::now()), e.key},
                          Tr::tr("adding the shipped apology templates"));
        if (!q)
            return std::unexpected(q.error());
    }
    return tx.commit();
}

Result<QList<StoredTemplate>> TemplateRepository::latest()
{
    auto q = sql::run(
        m_db.connection(),
        QStringLiteral("SELECT t.id, t.template_key, t.version, t.title, t.body, t.created_at FROM "
                       "apology_templates t WHERE t.version = (SELECT max(v.version) FROM "
                       "apology_templates v WHERE v.template_key = t.template_key) ORDER BY t.title"),
        Tr::tr("reading the apology templates"));
    if (!q)
        return std::unexpected(q.error());
    QList<StoredTemplate> templates;
    while (q->next())
        templates << StoredTemplate{q->value(0).toLongLong(), q->value(1).toString(),
                                    q->value(2).toInt(),      q->value(3).toString(),
                                    q->value(4).toString(),   sql::fromStored(q->value(5))};
    return templates;
}

Result<StoredTemplate> TemplateRepository::saveVersion(const QString& key, const QString& title,
                                                       const QString& body)
{
    if (!allows(m_actor.role, Permission::EditCatalogue))
        return fail(Error::Code::InvalidInput, Tr::tr("%1 (%2) may not edit apology templates.")
                                                   .arg(m_actor.displayName, labelOf(m_actor.role)));
    if (key.trimmed().isEmpty() || title.trimmed().isEmpty())
        return invalid(QStringLiteral("title"), Tr::tr("A template needs a key and a title."));
    auto parsed = ApologyTemplate::parse(body);
    if (!parsed)
        return invalid(QStringLiteral("template"),
                       Tr::tr("template “%1”, %2").arg(title.trimmed(), parsed.error().message));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    auto next =
        sql::scalar(db,
                    QStringLiteral("SELECT coalesce(max(version), 0) + 1 FROM apology_templates WHERE "
                                   "template_key = ?"),
                    {key.trimmed()}, Tr::tr("reading the template's versions"), 1);
    if (!next)
        return std::unexpected(next.error());
    StoredTemplate saved{0, key.trimmed(), next->toInt(), title.trimmed(), body, Clock::now()};
    auto q = sql::run(
        db,
        QStringLiteral("INSERT INTO apology_templates (template_key, version, title, body, created_at, "
                       "created_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {saved.key, saved.version, saved.title, saved.body, sql::toStored(saved.createdAt),
         m_actor.id > 0 ? QVariant(m_actor.id) : QVariant(QMetaType::fromType<qint64>())},
        Tr::tr("saving the template %1").arg(saved.title));
    if (!q)
        return std::unexpected(q.error());
    saved.id = sql::returnedId(*q);
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return saved;
}

} // namespace redress::core
