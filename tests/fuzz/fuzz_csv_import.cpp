// libFuzzer target: arbitrary bytes through the CSV reader on its own (with
// small limits, so that the limits are reached too) and through the whole
// import — row checks, lookups, inserts, the rejects file — into a scratch
// store. The progress callback cancels every import, so each input meets
// the same empty store, and an import that commits is itself a finding.

#include "core/io/CaseImporter.h"
#include "core/io/CsvReader.h"
#include "core/store/Database.h"
#include "core/store/UserRepository.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

using namespace redress::core;

namespace {

struct Scratch
{
    QTemporaryDir dir;
    std::optional<Database> db;
    User actor;
};

Scratch* scratch = nullptr;

[[noreturn]] void die(const char* what, const QString& detail = {})
{
    std::fprintf(stderr, "fuzz_csv_import: %s %s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    // Qt's SQL drivers are plugins, found through the application object.
    static QCoreApplication app(*argc, *argv);
    scratch = new Scratch;
    if (!scratch->dir.isValid())
        die("no temporary folder");
    auto db = Database::open(scratch->dir.filePath(QStringLiteral("fuzz.sqlite")));
    if (!db)
        die("cannot make the scratch store:", db.error().toString());
    scratch->db = *db;
    auto actor = UserRepository(*db).ensure(QStringLiteral("fuzz"));
    if (!actor)
        die("cannot add the fuzzing user:", actor.error().toString());
    scratch->actor = *actor;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader::Limits limits;
        limits.maxFieldBytes = 256;
        limits.maxRecordBytes = 2048;
        limits.maxFields = 32;
        CsvReader reader(buffer, QStringLiteral("fuzz.csv"), limits);
        if (reader.readHeader()) {
            for (;;) {
                auto record = reader.next();
                if (!record || !*record)
                    break;
                if ((*record)->line < 1 || (*record)->fields.isEmpty() ||
                    (*record)->fields.size() > limits.maxFields)
                    die("a record out of bounds");
            }
        }
    }
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        ImportOptions options;
        options.allOrNothing = size % 2 == 1;
        options.rejectsPath = scratch->dir.filePath(QStringLiteral("rejects.csv"));
        auto report =
            CaseImporter(*scratch->db, scratch->actor)
                .run(buffer, QStringLiteral("fuzz.csv"), options, [](qint64, qint64) { return false; });
        if (report)
            die("an import went through although its progress callback cancelled it");
        QSqlQuery q(scratch->db->connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM cases")) || !q.next() ||
            q.value(0).toLongLong() != 0)
            die("a cancelled import left cases behind");
    }
    return 0;
}
