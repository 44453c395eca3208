#include "core/store/ServerRoles.h"

#include "core/store/Sql.h"

#include <QCoreApplication>

namespace redress::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::ServerRoles)
};

QString fromRaw(const char* text)
{
    return QString::fromUtf8(text).simplified();
}

} // namespace

QString ServerRoles::groupOf(Role role)
{
    return QStringLiteral("redress_") + keyOf(role);
}

QStringList ServerRoles::migration()
{
    QStringList out;
    // The groups, once per cluster. Two stores migrating together may race
    // to create one; the loser finds it made.
    out << fromRaw(R"sql(
DO $$ DECLARE g text; BEGIN
  FOREACH g IN ARRAY ARRAY['redress_rep', 'redress_lead', 'redress_executive', 'redress_quality', 'redress_admin'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g) THEN
      BEGIN
        EXECUTE format('CREATE ROLE %I NOLOGIN', g);
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END;
    END IF;
  END LOOP;
END $$)sql");

    // Trusted: a superuser, or the owner of the store's tables. Both can
    // rewrite anything, so checking them would only get in the way of setup
    // and upgrades.
    out << fromRaw(R"sql(
CREATE FUNCTION redress_trusted() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
      OR session_user = (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'cases'::regclass)
$$)sql");

    // The Redress user of the connected login. Definer's rights: the
    // policies on users call it, and must not recurse into their own check.
    out << fromRaw(R"sql(
CREATE FUNCTION redress_me() RETURNS bigint LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE uid bigint;
BEGIN
  SELECT id INTO uid FROM users WHERE login = session_user::text;
  IF uid IS NULL THEN
    RAISE EXCEPTION 'the server login % is not a user of this Redress store', session_user
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN uid;
END $$)sql");

    // What the connected login's role in this store allows: the server's
    // copy of core::allows().
    out << fromRaw(R"sql(
CREATE FUNCTION redress_may(what text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER AS $$
  SELECT redress_trusted() OR coalesce((
    SELECT CASE what
             WHEN 'users' THEN role = 'admin'
             WHEN 'erase' THEN role = 'admin'
             WHEN 'taxonomy' THEN role IN ('lead', 'executive', 'quality', 'admin')
             WHEN 'approve' THEN role IN ('lead', 'executive', 'admin')
             WHEN 'catalogue' THEN role IN ('lead', 'executive', 'admin')
             ELSE false
           END
      FROM users WHERE login = session_user::text), false)
$$)sql");

    // Authors come from the login, not from the client. TG_ARGV[0] names
    // the column; 'optional' as the second argument keeps a NULL (an
    // escalation by the SLA ladder has no person behind it).
    out << fromRaw(R"sql(
CREATE FUNCTION redress_author() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE col text := TG_ARGV[0];
BEGIN
  IF redress_trusted() THEN RETURN NEW; END IF;
  IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) -> col) IS NOT DISTINCT FROM (to_jsonb(OLD) -> col) THEN
    RETURN NEW;
  END IF;
  IF TG_NARGS > 1 AND TG_ARGV[1] = 'optional' AND (to_jsonb(NEW) -> col) = 'null'::jsonb THEN
    RETURN NEW;
  END IF;
  NEW := jsonb_populate_record(NEW, jsonb_build_object(col, redress_me()));
  RETURN NEW;
END $$)sql");

    // A gesture within the requester's discretion is granted at once; over
    // it, it waits for someone who may approve. The server checks both, and
    // that nobody changes a gesture's cost, kind or request afterwards.
    out << fromRaw(R"sql(
CREATE FUNCTION redress_guard_gesture() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
  me bigint;
  spent bigint;
  allowed bigint;
BEGIN
  IF redress_trusted() THEN RETURN NEW; END IF;
  me := redress_me();
  IF TG_OP = 'INSERT' THEN
    NEW.requested_by := me;
    IF NEW.status IN ('approved', 'rejected') THEN
      IF NOT redress_may('approve') THEN
        RAISE EXCEPTION 'only a lead, an executive or an admin may decide on a gesture'
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      NEW.decided_by := me;
    ELSIF NEW.status = 'granted' THEN
      SELECT coalesce(sum(cost_cents), 0) INTO spent FROM gestures
        WHERE case_id = NEW.case_id AND status IN ('granted', 'approved');
      SELECT coalesce(l.limit_cents, 0) INTO allowed
        FROM users u LEFT JOIN discretion_limits l ON l.role = u.role WHERE u.id = me;
      IF spent + NEW.cost_cents > coalesce(allowed, 0) THEN
        RAISE EXCEPTION 'a gesture over the discretion limit waits for approval'
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      NEW.decided_by := NULL;
    ELSE
      NEW.decided_by := NULL;
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.case_id IS DISTINCT FROM OLD.case_id OR NEW.gesture_type_id IS DISTINCT FROM OLD.gesture_type_id
     OR NEW.cost_cents IS DISTINCT FROM OLD.cost_cents OR NEW.requested_by IS DISTINCT FROM OLD.requested_by
     OR NEW.requested_at IS DISTINCT FROM OLD.requested_at THEN
    RAISE EXCEPTION 'a gesture''s cost, kind and request cannot be changed'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.note IS DISTINCT FROM OLD.note AND NOT redress_may('erase') THEN
    RAISE EXCEPTION 'a gesture''s note cannot be changed' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.status IS DISTINCT FROM OLD.status OR NEW.decided_by IS DISTINCT FROM OLD.decided_by
     OR NEW.decided_at IS DISTINCT FROM OLD.decided_at
     OR NEW.decision_reason IS DISTINCT FROM OLD.decision_reason THEN
    IF OLD.status <> 'pending' OR NEW.status NOT IN ('approved', 'rejected') THEN
      RAISE EXCEPTION 'a gesture is decided once, from pending' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT redress_may('approve') THEN
      RAISE EXCEPTION 'only a lead, an executive or an admin may decide on a gesture'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    NEW.decided_by := me;
  END IF;
  RETURN NEW;
END $$)sql");

    // Admins give server roles; the owner's rights do the GRANT, so a desk
    // needs no CREATEROLE of its own.
    out << fromRaw(R"sql(
CREATE FUNCTION redress_grant_role(who text, role text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE g text;
BEGIN
  IF NOT redress_may('users') THEN
    RAISE EXCEPTION 'only an admin of this store may give server roles' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF role NOT IN ('rep', 'lead', 'executive', 'quality', 'admin') THEN
    RAISE EXCEPTION 'there is no Redress role %', role USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = who AND rolcanlogin) THEN
    RAISE EXCEPTION 'there is no server login %', who USING ERRCODE = 'undefined_object';
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = who AND rolsuper) THEN
    RETURN;
  END IF;
  FOREACH g IN ARRAY ARRAY['rep', 'lead', 'executive', 'quality', 'admin'] LOOP
    IF g <> role AND EXISTS (SELECT 1 FROM pg_auth_members m
                              WHERE m.roleid = ('redress_' || g)::regrole AND m.member = who::regrole) THEN
      EXECUTE format('REVOKE %I FROM %I', 'redress_' || g, who);
    END IF;
  END LOOP;
  EXECUTE format('GRANT %I TO %I', 'redress_' || role, who);
END $$)sql");

    // Definer functions run with this schema first and nothing a caller
    // could plant ahead of it.
    out << fromRaw(R"sql(
DO $$ DECLARE f regprocedure; BEGIN
  FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
            WHERE p.pronamespace = current_schema()::regnamespace
              AND p.proname IN ('redress_trusted', 'redress_me', 'redress_may', 'redress_author',
                                'redress_guard_gesture', 'redress_grant_role') LOOP
    EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f, current_schema());
  END LOOP;
END $$)sql");
    out << QStringLiteral("REVOKE EXECUTE ON FUNCTION redress_grant_role(text, text) FROM PUBLIC");
    out << QStringLiteral("GRANT EXECUTE ON FUNCTION redress_grant_role(text, text) TO redress_admin");

    // Table rights. Every group reads everything and writes the case work;
    // the privileged tables only the groups whose role may change them. Of
    // the timeline, new events and the seal's three columns; its text only
    // for an admin's erasure, which the events' own trigger checks. The
    // schema's version is the owner's alone.
    out << fromRaw(R"sql(
DO $$
DECLARE
  t text;
  everyone text := 'redress_rep, redress_lead, redress_executive, redress_quality, redress_admin';
  s text := quote_ident(current_schema());
BEGIN
  EXECUTE format('GRANT USAGE ON SCHEMA %s TO %s', s, everyone);
  EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %s TO %s', s, everyone);
  EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %s TO %s', s, everyone);
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %s GRANT SELECT ON TABLES TO %s', s, everyone);
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %s GRANT USAGE, SELECT ON SEQUENCES TO %s', s, everyone);
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
             AND tablename NOT IN ('redress_schema', 'users', 'erasures', 'case_events', 'gestures',
                                   'gesture_types', 'discretion_limits', 'apology_templates', 'root_causes',
                                   'priority_matrix', 'sla_calendar', 'sla_policies') LOOP
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO %s', t, everyone);
  END LOOP;
  EXECUTE format('GRANT INSERT ON case_events TO %s', everyone);
  EXECUTE format('GRANT UPDATE (payload_digest, prev_hash, hash) ON case_events TO %s', everyone);
  GRANT UPDATE (old_value, new_value, note) ON case_events TO redress_admin;
  EXECUTE format('GRANT INSERT, UPDATE ON gestures TO %s', everyone);
  GRANT INSERT, UPDATE, DELETE ON gesture_types, discretion_limits, apology_templates, priority_matrix,
    sla_calendar, sla_policies TO redress_lead, redress_executive, redress_admin;
  GRANT INSERT, UPDATE, DELETE ON root_causes TO redress_lead, redress_executive, redress_quality, redress_admin;
  GRANT INSERT, UPDATE, DELETE ON users, erasures TO redress_admin;
END $$)sql");

    // Row-level security: the groups are shared by a cluster's stores, so
    // the role in this store's users table decides.
    const QList<std::pair<const char*, const char*>> guarded{
        {"users", "users"},
        {"erasures", "erase"},
        {"gesture_types", "catalogue"},
        {"discretion_limits", "catalogue"},
        {"apology_templates", "catalogue"},
        {"priority_matrix", "catalogue"},
        {"sla_calendar", "catalogue"},
        {"sla_policies", "catalogue"},
        {"root_causes", "taxonomy"},
    };
    for (const auto& [table, right] : guarded) {
        const QString t = QString::fromLatin1(table);
        out << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(t);
        out << QStringLiteral("CREATE POLICY redress_read ON %1 FOR SELECT USING (true)").arg(t);
        out << QStringLiteral("CREATE POLICY redress_change ON %1 FOR ALL USING (redress_may('%2')) "
                              "WITH CHECK (redress_may('%2'))")
                   .arg(t, QString::fromLatin1(right));
    }
    // Drafts are each user's own; an admin's erasure clears anyone's.
    out << QStringLiteral("ALTER TABLE drafts ENABLE ROW LEVEL SECURITY");
    out << QStringLiteral("CREATE POLICY redress_own ON drafts FOR ALL "
                          "USING (user_login = session_user::text OR redress_may('erase')) "
                          "WITH CHECK (user_login = session_user::text OR redress_may('erase'))");

    const QList<std::pair<const char*, const char*>> authored{
        {"case_events", "actor_id"},
        {"apology_templates", "created_by"},
        {"gesture_declines", "recorded_by"},
        {"follow_ups", "recorded_by"},
        {"problems", "created_by"},
        {"problem_reviews", "done_by"},
        {"escalation_obligations", "done_by"},
        {"erasures", "erased_by"},
    };
    for (const auto& [table, column] : authored)
        out << QStringLiteral("CREATE TRIGGER %1_author BEFORE INSERT OR UPDATE ON %1 FOR EACH ROW "
                              "EXECUTE FUNCTION redress_author('%2')")
                   .arg(QString::fromLatin1(table), QString::fromLatin1(column));
    out << QStringLiteral(
        "CREATE TRIGGER escalations_author BEFORE INSERT OR UPDATE ON escalations FOR EACH ROW "
        "EXECUTE FUNCTION redress_author('escalated_by', 'optional')");
    out << QStringLiteral("CREATE TRIGGER gestures_guard BEFORE INSERT OR UPDATE ON gestures FOR EACH ROW "
                          "EXECUTE FUNCTION redress_guard_gesture()");
    return out;
}

QStringList ServerRoles::mailMigration()
{
    QStringList out;
    out << fromRaw(R"sql(
DO $$
DECLARE
  everyone text := 'redress_rep, redress_lead, redress_executive, redress_quality, redress_admin';
BEGIN
  EXECUTE format('GRANT SELECT ON mail_messages, mail_attachments, mail_folders, mail_account TO %s', everyone);
  EXECUTE format('GRANT INSERT, UPDATE ON mail_messages TO %s', everyone);
  EXECUTE format('GRANT INSERT ON mail_attachments TO %s', everyone);
  EXECUTE format('GRANT INSERT, UPDATE, DELETE ON mail_folders TO %s', everyone);
  EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %s TO %s', quote_ident(current_schema()),
                 everyone);
  GRANT DELETE ON mail_attachments TO redress_admin;
  GRANT INSERT, UPDATE, DELETE ON mail_account TO redress_admin;
END $$)sql");
    out << QStringLiteral("ALTER TABLE mail_account ENABLE ROW LEVEL SECURITY");
    out << QStringLiteral("CREATE POLICY redress_read ON mail_account FOR SELECT USING (true)");
    out << QStringLiteral("CREATE POLICY redress_change ON mail_account FOR ALL USING (redress_may('users')) "
                          "WITH CHECK (redress_may('users'))");
    out << QStringLiteral("CREATE TRIGGER mail_messages_author BEFORE INSERT ON mail_messages FOR EACH "
                          "ROW EXECUTE FUNCTION redress_author('author_id', 'optional')");
    // What a message said, who wrote it and its hash never change; desks move
    // its state (filed, sent, failed). Only an admin's erasure blanks it.
    out << fromRaw(R"sql(
CREATE FUNCTION redress_guard_message() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
  IF redress_trusted() THEN RETURN NEW; END IF;
  IF NEW.message_id IS DISTINCT FROM OLD.message_id OR NEW.direction IS DISTINCT FROM OLD.direction
     OR NEW.raw_sha256 IS DISTINCT FROM OLD.raw_sha256 OR NEW.sent_at IS DISTINCT FROM OLD.sent_at
     OR NEW.stored_at IS DISTINCT FROM OLD.stored_at OR NEW.author_id IS DISTINCT FROM OLD.author_id
     OR NEW.kind IS DISTINCT FROM OLD.kind OR NEW.purpose IS DISTINCT FROM OLD.purpose THEN
    RAISE EXCEPTION 'a message''s identity, author and hash cannot be changed'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF (NEW.raw IS DISTINCT FROM OLD.raw OR NEW.body IS DISTINCT FROM OLD.body
      OR NEW.new_text IS DISTINCT FROM OLD.new_text OR NEW.subject IS DISTINCT FROM OLD.subject
      OR NEW.from_name IS DISTINCT FROM OLD.from_name OR NEW.from_address IS DISTINCT FROM OLD.from_address
      OR NEW.to_address IS DISTINCT FROM OLD.to_address OR NEW.in_reply_to IS DISTINCT FROM OLD.in_reply_to
      OR NEW.refs IS DISTINCT FROM OLD.refs)
     AND NOT (redress_may('erase') AND NEW.raw IS NULL) THEN
    RAISE EXCEPTION 'a message''s words are kept as they came; only erasure removes them'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$)sql");
    out << fromRaw(R"sql(
DO $$ BEGIN
  EXECUTE format('ALTER FUNCTION redress_guard_message() SET search_path = %I, pg_temp', current_schema());
END $$)sql");
    out << QStringLiteral("CREATE TRIGGER mail_messages_guard BEFORE UPDATE ON mail_messages FOR EACH ROW "
                          "EXECUTE FUNCTION redress_guard_message()");
    return out;
}

QStringList ServerRoles::caseLinksMigration()
{
    QStringList out;
    out << fromRaw(R"sql(
DO $$
DECLARE
  everyone text := 'redress_rep, redress_lead, redress_executive, redress_quality, redress_admin';
BEGIN
  EXECUTE format('GRANT SELECT ON case_links, saved_views, team_settings, surveys, problem_notices TO %s',
                 everyone);
  EXECUTE format('GRANT INSERT, UPDATE, DELETE ON case_links, saved_views TO %s', everyone);
  EXECUTE format('GRANT INSERT, UPDATE ON surveys TO %s', everyone);
  EXECUTE format('GRANT INSERT ON problem_notices TO %s', everyone);
  EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %s TO %s', quote_ident(current_schema()),
                 everyone);
  GRANT INSERT, UPDATE, DELETE ON team_settings TO redress_lead, redress_executive, redress_admin;
END $$)sql");
    out << QStringLiteral("ALTER TABLE team_settings ENABLE ROW LEVEL SECURITY");
    out << QStringLiteral("CREATE POLICY redress_read ON team_settings FOR SELECT USING (true)");
    out << QStringLiteral("CREATE POLICY redress_change ON team_settings FOR ALL USING (redress_may('catalogue')) "
                          "WITH CHECK (redress_may('catalogue'))");
    // A saved view is its owner's; a shared one is read by everyone.
    out << QStringLiteral("ALTER TABLE saved_views ENABLE ROW LEVEL SECURITY");
    out << QStringLiteral("CREATE POLICY redress_read ON saved_views FOR SELECT "
                          "USING (shared <> 0 OR owner_id = redress_me() OR redress_may('users'))");
    out << QStringLiteral("CREATE POLICY redress_own ON saved_views FOR ALL "
                          "USING (owner_id = redress_me() OR redress_may('users')) "
                          "WITH CHECK (owner_id = redress_me() OR redress_may('users'))");
    out << QStringLiteral("CREATE TRIGGER case_links_author BEFORE INSERT OR UPDATE ON case_links FOR EACH ROW "
                          "EXECUTE FUNCTION redress_author('created_by')");
    out << QStringLiteral("CREATE TRIGGER saved_views_author BEFORE INSERT ON saved_views FOR EACH ROW "
                          "EXECUTE FUNCTION redress_author('owner_id')");
    out << QStringLiteral("CREATE TRIGGER problem_notices_author BEFORE INSERT ON problem_notices FOR EACH ROW "
                          "EXECUTE FUNCTION redress_author('queued_by')");
    return out;
}

Status ServerRoles::grant(const QSqlDatabase& db, const QString& login, Role role)
{
    if (!sql::isPostgres(db))
        return {};
    auto q = sql::run(db, QStringLiteral("SELECT redress_grant_role(?, ?)"), {login, keyOf(role)},
                      Tr::tr("giving %1 the server role %2").arg(login, groupOf(role)));
    if (!q)
        return std::unexpected(q.error());
    return {};
}

} // namespace redress::core
