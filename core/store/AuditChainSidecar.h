#pragma once

#include "core/Error.h"
#include "core/store/AuditChain.h"
#include "core/store/Erasure.h"

#include <QList>
#include <QString>

#include <optional>

namespace redress::core {

/// What a backup keeps outside its own content: the head of its audit
/// chain and the register of erasures, in a small file beside it
/// (`<backup>.audit`), and the register of every erasure the folder's
/// backups have known (`erasures.register` in that folder). A backup's
/// content could be what is rolled back or rewritten; these files let a
/// restore check that its chain still reaches the head it had, and erase
/// again the customers erased after it was taken. Both are 0600 and hold
/// no personal data.
class AuditChainSidecar
{
public:
    struct Contents
    {
        std::optional<AuditChain::Anchor> anchor;
        QList<Erasure::Record> erasures;
    };

    static QString pathFor(const QString& backupPath);
    static QString registerPathIn(const QString& folder);

    /// Reads the head and the erasures of the backup file `backupPath` (a
    /// store file, opened read-only) and writes its sidecar, then merges
    /// the erasures into the folder's register.
    static Status noteBackup(const QString& backupPath);

    /// A sidecar; an empty one when the file does not exist (a backup made
    /// before there were sidecars).
    static Result<Contents> read(const QString& sidecarPath);
    static Status write(const QString& sidecarPath, const Contents& contents);

    /// The folder's register; empty when there is none yet.
    static Result<QList<Erasure::Record>> readRegister(const QString& folder);
    static Status addToRegister(const QString& folder, const QList<Erasure::Record>& records);
};

} // namespace redress::core
