#include "ui/common/Config.h"

#include "core/io/ExportColumns.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <array>

namespace redress::ui {

namespace {

struct Entry
{
    Config::Key key;
    const char* name;
    Config::Type type;
    // A function, not a value: some defaults ask the system where folders
    // are, which must not happen before QApplication names the program.
    QVariant (*fallback)();
};

using K = Config::Key;
using T = Config::Type;

QVariant none()
{
    return {};
}

QVariant emptyText()
{
    return QString();
}

constexpr std::array entries{
    Entry{K::StorePath, "store/path", T::String, emptyText},
    // "" follows the desktop, "light" or "dark" choose.
    Entry{K::ColorScheme, "appearance/colorScheme", T::String, emptyText},
    // "" follows the system's language.
    Entry{K::Language, "appearance/language", T::String, emptyText},
    // Our company as customers know it, for {{company.name}} in apologies.
    Entry{K::CompanyName, "recovery/companyName", T::String, emptyText},
    Entry{K::BackupDaily, "backup/daily", T::Bool, [] { return QVariant(true); }},
    Entry{K::BackupFolder, "backup/folder", T::String,
          [] {
              return QVariant(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                  .filePath(QStringLiteral("backups")));
          }},
    Entry{K::BackupKeep, "backup/keep", T::Int, [] { return QVariant(7); }},
    Entry{K::ExportColumns, "export/columns", T::StringList,
          [] { return QVariant(core::defaultExportColumnKeys()); }},
    Entry{K::ExportSeparator, "export/separator", T::String, [] { return QVariant(QStringLiteral(",")); }},
    Entry{K::ExportByteOrderMark, "export/bom", T::Bool, [] { return QVariant(false); }},
    Entry{K::ExportFolder, "export/folder", T::String,
          [] { return QVariant(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)); }},
    Entry{K::DashboardAllTime, "dashboard/allTime", T::Bool, [] { return QVariant(true); }},
    // Dates as ISO text; ids as text, empty for "all".
    Entry{K::DashboardFrom, "dashboard/from", T::String, emptyText},
    Entry{K::DashboardTo, "dashboard/to", T::String, emptyText},
    Entry{K::DashboardProduct, "dashboard/productId", T::String, emptyText},
    Entry{K::DashboardOwner, "dashboard/ownerId", T::String, emptyText},
    Entry{K::DashboardChannel, "dashboard/channel", T::String, emptyText},
    Entry{K::DashboardRootCause, "dashboard/rootCauseId", T::String, emptyText},
    // "week" or anything else for months; "cost" or anything else for counts.
    Entry{K::DashboardPeriod, "dashboard/period", T::String, emptyText},
    Entry{K::DashboardParetoBy, "dashboard/paretoBy", T::String, emptyText},
    Entry{K::CaseListHeader, "caseList/header", T::Bytes, none},
    // How many columns the saved header had: a state from a build with more
    // columns than this one is not restored.
    Entry{K::CaseListHeaderColumns, "caseList/headerColumns", T::Int, [] { return QVariant(0); }},
    Entry{K::CaseListStatusFilter, "caseList/statusFilter", T::Variant, none},
    Entry{K::MainWindowGeometry, "mainWindow/geometry", T::Bytes, none},
    Entry{K::MainWindowSplitter, "mainWindow/splitter", T::Bytes, none},
};

constexpr bool inKeyOrder()
{
    for (std::size_t i = 0; i < entries.size(); ++i)
        if (static_cast<std::size_t>(entries[i].key) != i)
            return false;
    return true;
}
static_assert(inKeyOrder(), "one entry per Config::Key, in the enum's order");

const Entry& entryOf(Config::Key key)
{
    return entries[static_cast<std::size_t>(key)];
}

} // namespace

QString Config::name(Key key)
{
    return QString::fromLatin1(entryOf(key).name);
}

Config::Type Config::type(Key key)
{
    return entryOf(key).type;
}

QVariant Config::defaultValue(Key key)
{
    return entryOf(key).fallback();
}

QVariant Config::value(Key key)
{
    return QSettings().value(name(key), defaultValue(key));
}

bool Config::boolean(Key key)
{
    Q_ASSERT(type(key) == Type::Bool);
    return value(key).toBool();
}

int Config::integer(Key key)
{
    Q_ASSERT(type(key) == Type::Int);
    return value(key).toInt();
}

QString Config::string(Key key)
{
    Q_ASSERT(type(key) == Type::String);
    return value(key).toString();
}

QStringList Config::strings(Key key)
{
    Q_ASSERT(type(key) == Type::StringList);
    return value(key).toStringList();
}

QByteArray Config::bytes(Key key)
{
    Q_ASSERT(type(key) == Type::Bytes);
    return value(key).toByteArray();
}

void Config::set(Key key, const QVariant& value)
{
    QSettings().setValue(name(key), value);
}

} // namespace redress::ui
