#include "ui/app/AuditAnchors.h"

#include "core/store/Database.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

namespace redress::ui {

namespace {

const QString anchorKey = QStringLiteral("anchor");
const QString erasuresKey = QStringLiteral("erasures");

/// The store's location as a key: a file by its absolute path, a server
/// address without its password (in the URL or as password=…).
QString withoutPassword(const QString& location)
{
    if (!core::Database::isServerAddress(location))
        return QFileInfo(location).absoluteFilePath();
    QUrl url(location);
    url.setPassword({});
    QString out = url.toString();
    static const QRegularExpression password(QStringLiteral("([?&]|\\b)password=[^&\\s]*"),
                                             QRegularExpression::CaseInsensitiveOption);
    out.remove(password);
    return out;
}

} // namespace

QString AuditAnchors::groupFor(const QString& location)
{
    const QByteArray digest =
        QCryptographicHash::hash(withoutPassword(location).toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("audit/") + QString::fromLatin1(digest.left(32));
}

std::optional<core::AuditChain::Anchor> AuditAnchors::anchor(const QString& location)
{
    QSettings settings;
    settings.beginGroup(groupFor(location));
    return core::AuditChain::Anchor::parse(settings.value(anchorKey).toString());
}

void AuditAnchors::setAnchor(const QString& location, const std::optional<core::AuditChain::Anchor>& anchor)
{
    QSettings settings;
    settings.beginGroup(groupFor(location));
    if (anchor)
        settings.setValue(anchorKey, anchor->toString());
    else
        settings.remove(anchorKey);
}

QList<core::Erasure::Record> AuditAnchors::erasures(const QString& location)
{
    QSettings settings;
    settings.beginGroup(groupFor(location));
    return core::Erasure::parseRegister(settings.value(erasuresKey).toString());
}

void AuditAnchors::addErasures(const QString& location, const QList<core::Erasure::Record>& records)
{
    const QList<core::Erasure::Record> known = erasures(location);
    const QList<core::Erasure::Record> all = core::Erasure::merged(known, records);
    if (all.size() == known.size())
        return;
    QSettings settings;
    settings.beginGroup(groupFor(location));
    settings.setValue(erasuresKey, core::Erasure::registerText(all));
}

} // namespace redress::ui
