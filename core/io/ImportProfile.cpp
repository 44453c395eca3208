#include "core/io/ImportProfile.h"

#include "core/io/CaseImporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace redress::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::ImportProfile)
};

QString fieldKeys()
{
    QStringList keys;
    for (ImportField f : allImportFields())
        keys << keyOf(f);
    return keys.join(QStringLiteral(", "));
}

template <typename T> void replaceOrAdd(QList<std::pair<QString, T>>& list, const std::pair<QString, T>& item)
{
    for (auto& existing : list) {
        if (existing.first == item.first) {
            existing.second = item.second;
            return;
        }
    }
    list << item;
}

} // namespace

Result<ImportProfile> ImportProfile::fromJson(const QByteArray& json, const QString& name)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(Error::Code::InvalidInput, Tr::tr("The import profile %1 is not JSON: %2 at byte %3.")
                                                   .arg(name, parseError.errorString())
                                                   .arg(parseError.offset + 1));
    if (!doc.isObject())
        return fail(
            Error::Code::InvalidInput,
            Tr::tr("The import profile %1 must be a JSON object with \"columns\", \"set\", \"dates\", "
                   "\"values\" or \"key\".")
                .arg(name));
    const QJsonObject root = doc.object();
    const auto bad = [&](const QString& what) {
        return fail(Error::Code::InvalidInput, Tr::tr("The import profile %1: %2.").arg(name, what));
    };
    const auto field = [&](const QString& key) { return importFieldFromKey(key).has_value(); };
    const QString known = fieldKeys();

    ImportProfile p;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString part = it.key();
        const QJsonValue v = it.value();
        if (part == QLatin1String("columns")) {
            if (!v.isObject())
                return bad(Tr::tr("\"columns\" maps each header to a field key or null"));
            const QJsonObject columns = v.toObject();
            for (auto c = columns.begin(); c != columns.end(); ++c) {
                if (c.value().isNull()) {
                    p.columns << std::pair(c.key(), std::optional<QString>());
                } else if (c.value().isString() && field(c.value().toString())) {
                    p.columns << std::pair(c.key(), std::optional<QString>(c.value().toString()));
                } else {
                    return bad(Tr::tr("column '%1' maps to '%2', which is no field; fields are %3")
                                   .arg(c.key(), c.value().toVariant().toString(), known));
                }
            }
        } else if (part == QLatin1String("set")) {
            if (!v.isObject())
                return bad(Tr::tr("\"set\" gives a field key a text"));
            const QJsonObject set = v.toObject();
            for (auto s = set.begin(); s != set.end(); ++s) {
                if (!field(s.key()))
                    return bad(
                        Tr::tr("\"set\" names '%1', which is no field; fields are %2").arg(s.key(), known));
                if (!s.value().isString())
                    return bad(Tr::tr("\"set\" gives %1 a value that is not text").arg(s.key()));
                p.set << std::pair(s.key(), s.value().toString());
            }
        } else if (part == QLatin1String("dates")) {
            if (!v.isArray())
                return bad(Tr::tr("\"dates\" is a list of Qt date formats such as \"dd-MM-yyyy HH:mm\""));
            for (const QJsonValue& d : v.toArray()) {
                if (!d.isString() || d.toString().trimmed().isEmpty())
                    return bad(Tr::tr("\"dates\" holds something that is not a date format"));
                p.dates << d.toString();
            }
        } else if (part == QLatin1String("values")) {
            if (!v.isObject())
                return bad(Tr::tr("\"values\" maps a field key to its translations"));
            const QJsonObject values = v.toObject();
            for (auto f = values.begin(); f != values.end(); ++f) {
                if (!field(f.key()))
                    return bad(Tr::tr("\"values\" names '%1', which is no field; fields are %2")
                                   .arg(f.key(), known));
                if (!f.value().isObject())
                    return bad(Tr::tr("\"values\" of %1 maps their values to ours").arg(f.key()));
                QList<std::pair<QString, QString>> pairs;
                const QJsonObject map = f.value().toObject();
                for (auto m = map.begin(); m != map.end(); ++m) {
                    if (!m.value().isString())
                        return bad(Tr::tr("\"values\" of %1 gives '%2' a value that is not text")
                                       .arg(f.key(), m.key()));
                    pairs << std::pair(m.key(), m.value().toString());
                }
                p.values << std::pair(f.key(), pairs);
            }
        } else if (part == QLatin1String("key")) {
            const QString key = v.toString();
            if (!v.isNull() && key != QLatin1String("external_id") && key != QLatin1String("reference"))
                return bad(Tr::tr("\"key\" is \"external_id\" or \"reference\", not '%1'")
                               .arg(v.toVariant().toString()));
            p.key = key;
        } else {
            return bad(
                Tr::tr("'%1' is not part of a profile; it has \"columns\", \"set\", \"dates\", \"values\" "
                       "and \"key\"")
                    .arg(part));
        }
    }
    return p;
}

Result<ImportProfile> ImportProfile::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io,
                    Tr::tr("The import profile %1 cannot be read: %2.").arg(path, file.errorString()));
    // A profile is a few lines; anything large is the wrong file.
    if (file.size() > (1 << 20))
        return fail(
            Error::Code::InvalidInput,
            Tr::tr("%1 is too large for an import profile; choose the profile's JSON file.").arg(path));
    return fromJson(file.readAll(), QFileInfo(path).fileName());
}

QByteArray ImportProfile::toJson() const
{
    QJsonObject root;
    if (!columns.isEmpty()) {
        QJsonObject c;
        for (const auto& [header, field] : columns)
            c.insert(header, field ? QJsonValue(*field) : QJsonValue(QJsonValue::Null));
        root.insert(QStringLiteral("columns"), c);
    }
    if (!set.isEmpty()) {
        QJsonObject s;
        for (const auto& [field, value] : set)
            s.insert(field, value);
        root.insert(QStringLiteral("set"), s);
    }
    if (!dates.isEmpty())
        root.insert(QStringLiteral("dates"), QJsonArray::fromStringList(dates));
    if (!values.isEmpty()) {
        QJsonObject v;
        for (const auto& [field, pairs] : values) {
            QJsonObject m;
            for (const auto& [from, to] : pairs)
                m.insert(from, to);
            v.insert(field, m);
        }
        root.insert(QStringLiteral("values"), v);
    }
    if (!key.isEmpty())
        root.insert(QStringLiteral("key"), key);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status ImportProfile::save(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit())
        return fail(Error::Code::Io,
                    Tr::tr("The import profile cannot be saved to %1: %2.").arg(path, file.errorString()));
    return {};
}

void ImportProfile::add(const ImportProfile& over)
{
    for (const auto& c : over.columns)
        replaceOrAdd(columns, c);
    for (const auto& s : over.set)
        replaceOrAdd(set, s);
    for (const auto& [field, pairs] : over.values) {
        QList<std::pair<QString, QString>>* mine = nullptr;
        for (auto& v : values) {
            if (v.first == field)
                mine = &v.second;
        }
        if (!mine) {
            values << std::pair(field, pairs);
            continue;
        }
        for (const auto& pair : pairs)
            replaceOrAdd(*mine, pair);
    }
    dates = over.dates + dates;
    if (!over.key.isEmpty())
        key = over.key;
}

bool ImportProfile::isEmpty() const
{
    return columns.isEmpty() && set.isEmpty() && dates.isEmpty() && values.isEmpty() && key.isEmpty();
}

} // namespace redress::core
