#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace redress::ui {

/// Every setting Redress keeps, declared once: its key as stored, its type
/// and its default. Persisted with QSettings under the application's name,
/// so tests that point QSettings at a temporary folder see none of a real
/// user's settings.
///
/// The stored key strings are what existing users' files hold: renaming
/// one loses that setting for everyone, so a key is added, never renamed.
class Config
{
public:
    enum class Key
    {
        StorePath,
        ColorScheme,
        Language,
        CompanyName,
        BackupDaily,
        BackupFolder,
        BackupKeep,
        ExportColumns,
        ExportSeparator,
        ExportByteOrderMark,
        ExportFolder,
        DashboardAllTime,
        DashboardFrom,
        DashboardTo,
        DashboardProduct,
        DashboardOwner,
        DashboardChannel,
        DashboardRootCause,
        DashboardPeriod,
        DashboardParetoBy,
        CaseListHeader,
        CaseListHeaderColumns,
        CaseListStatusFilter,
        MainWindowGeometry,
        MainWindowSplitter,
    };

    /// What a key holds, so each is read one way.
    enum class Type
    {
        Bool,
        Int,
        String,
        StringList,
        Bytes,
        Variant ///< kept as the widget gave it (an item's data)
    };

    /// The key as QSettings stores it, e.g. "backup/keep".
    static QString name(Key key);
    static Type type(Key key);
    /// The value when nothing is stored; some depend on the machine (folders).
    static QVariant defaultValue(Key key);

    /// The stored value, or the default; the typed readers convert as the
    /// key's type says and must only be used for a key of that type.
    static QVariant value(Key key);
    static bool boolean(Key key);
    static int integer(Key key);
    static QString string(Key key);
    static QStringList strings(Key key);
    static QByteArray bytes(Key key);

    static void set(Key key, const QVariant& value);
};

} // namespace redress::ui
