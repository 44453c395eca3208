#pragma once

#include "core/Error.h"

#include <QString>

namespace redress::core::PasswordHash {

/// Argon2id, memory-hard, in the encoded form `$argon2id$v=19$m=…,t=…,p=…$salt$hash`
/// that carries its own salt and parameters, so stronger parameters later
/// still verify what was stored before. 64 MiB, three passes, one lane.
inline constexpr quint32 memoryKiB = 64 * 1024;
inline constexpr quint32 passes = 3;
inline constexpr quint32 lanes = 1;

/// A password is 1 to 1024 characters: an empty one protects nothing, and a
/// bound keeps a pasted file from being hashed.
inline constexpr qsizetype maxLength = 1024;

/// The encoded hash of `password` with a fresh random salt.
Result<QString> hash(const QString& password);

/// Whether `password` is the one `encoded` was made from; compared in
/// constant time by libargon2. A malformed `encoded` is never a match.
bool verify(const QString& encoded, const QString& password);

} // namespace redress::core::PasswordHash
