#pragma once

#include "core/store/Database.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <optional>

namespace redress::test {

/// A fresh, migrated store in a temporary folder that disappears with it.
/// Declare it before anything that holds a connection or a query of the
/// store, so that those are gone when its destructor closes the connections.
class TempStore
{
public:
    explicit TempStore(const QString& fileName = QStringLiteral("store.sqlite"))
    {
        REQUIRE(m_dir.isValid());
        auto opened = core::Database::open(m_dir.filePath(fileName));
        INFO((opened ? QString() : opened.error().toString()).toStdString());
        REQUIRE(opened.has_value());
        m_db.emplace(*opened);
    }
    ~TempStore()
    {
        if (m_db)
            m_db->closeAll();
    }
    TempStore(const TempStore&) = delete;
    TempStore& operator=(const TempStore&) = delete;

    const core::Database& db() const { return *m_db; }
    QString path() const { return m_db->path(); }
    /// The temporary folder, for further files a test wants beside the store.
    QString dirPath() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    std::optional<core::Database> m_db;
};

} // namespace redress::test
