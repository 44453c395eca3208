#include "core/store/PasswordHash.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <argon2.h>

#include <array>

namespace redress::core::PasswordHash {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::PasswordHash)
};

constexpr quint32 saltLength = 16;
constexpr quint32 hashLength = 32;

} // namespace

Result<QString> hash(const QString& password)
{
    if (password.isEmpty())
        return invalid(QStringLiteral("password"), Tr::tr("A password cannot be empty."));
    if (password.size() > maxLength)
        return invalid(QStringLiteral("password"),
                       Tr::tr("A password may be at most %1 characters long.").arg(maxLength));
    const QByteArray utf8 = password.toUtf8();
    std::array<quint32, saltLength / 4> salt{};
    QRandomGenerator::system()->fillRange(salt.data(), salt.size());
    QByteArray encoded(static_cast<qsizetype>(
                           argon2_encodedlen(passes, memoryKiB, lanes, saltLength, hashLength, Argon2_id)),
                       '\0');
    const int rc =
        argon2id_hash_encoded(passes, memoryKiB, lanes, utf8.constData(), size_t(utf8.size()), salt.data(),
                              saltLength, hashLength, encoded.data(), size_t(encoded.size()));
    if (rc != ARGON2_OK)
        return fail(Error::Code::InvalidInput, Tr::tr("The password could not be protected."),
                    QString::fromLatin1(argon2_error_message(rc)));
    return QString::fromLatin1(encoded.constData()); // NUL-terminated inside the buffer
}

bool verify(const QString& encoded, const QString& password)
{
    if (encoded.isEmpty() || password.isEmpty() || password.size() > maxLength)
        return false;
    const QByteArray stored = encoded.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return argon2id_verify(stored.constData(), utf8.constData(), size_t(utf8.size())) == ARGON2_OK;
}

} // namespace redress::core::PasswordHash
