#pragma once

#include "core/store/Database.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <optional>

namespace redress::test {

/// Which backend the stores of this run live on: SQLite files, or schemas
/// on the PostgreSQL server REDRESS_TEST_POSTGRES names when
/// REDRESS_TEST_BACKEND is "postgresql" (CTest's "postgresql:" tests).
bool onPostgres();

/// The server's address from REDRESS_TEST_POSTGRES (a database the test
/// user may create schemas in), or empty when none is set.
QString postgresAddress();

/// Whether the server answers; a run on PostgreSQL without one is skipped.
bool postgresReachable(QString* why = nullptr);

/// A fresh, migrated store that disappears with this object: a file in a
/// temporary folder, or on PostgreSQL a schema of its own (an address with
/// `options=-csearch_path=…`), dropped at the end. Declare it before
/// anything that holds a connection or a query of the store, so that those
/// are gone when its destructor closes the connections.
class TempStore
{
public:
    explicit TempStore(const QString& fileName = QStringLiteral("store.sqlite"));
    ~TempStore();
    TempStore(const TempStore&) = delete;
    TempStore& operator=(const TempStore&) = delete;

    const core::Database& db() const { return *m_db; }
    /// The file, or the server address that reaches this store's schema.
    QString path() const { return m_db->path(); }
    /// The temporary folder, for further files a test wants beside the store.
    QString dirPath() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    QString m_schema;
    std::optional<core::Database> m_db;
};

} // namespace redress::test
