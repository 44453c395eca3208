// redress-cli check-apology through runCli(): the output format to the
// character, exit codes, standard input and --file, and no store touched.

#include "core/cli/Cli.h"
#include "core/recovery/ApologyChecker.h"
#include "core/recovery/ApologyRules.h"
#include "core/store/Database.h"
#include "support/CliRun.h"
#include "support/Helpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace redress::core;
using namespace redress::test;

namespace {

QString why(ApologyKind kind)
{
    return ApologyRules::defaults().why(kind);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

const QString badDraft = QStringLiteral("Dear Mr Jones,\n"
                                        "\n"
                                        "It is not our fault. You must have dropped it.\n"
                                        "I’m afraid that’s the policy.\n");

} // namespace

TEST_CASE("check-apology prints LINE:COL: KIND: \"passage\" — why, one per line", "[cli]")
{
    const CliRun r = cli({QStringLiteral("check-apology")}, badDraft);
    INFO(show(r));
    CHECK(r.code == 3);
    CHECK(r.err.isEmpty());
    const QString dash = QStringLiteral(" \u2014 ");
    const QString expected =
        QStringLiteral("1:1: no-apology: \"\"") + dash + why(ApologyKind::NoApology) +
        QStringLiteral("\n1:1: advice: no-next-step: \"\"") + dash + why(ApologyKind::NoNextStep) +
        QStringLiteral("\n3:7: disagree: \"not our fault\"") + dash + why(ApologyKind::Disagree) +
        QStringLiteral("\n3:22: disagree: \"You must have dropped it\"") + dash + why(ApologyKind::Disagree) +
        QStringLiteral("\n4:12: excuse: \"that’s the policy\"") + dash + why(ApologyKind::Excuse) +
        QLatin1Char('\n');
    CHECK(r.out == expected);
    // The shape, independent of the wording of the reasons.
    const QRegularExpression line(
        QStringLiteral("^\\d+:\\d+: (?:advice: )?[a-z-]+: \"[^\\n]*\" \u2014 [^\\n]+$"));
    for (const QString& l : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        CHECK(line.match(l).hasMatch());
}

TEST_CASE("check-apology exits 0 and prints nothing for a sincere apology", "[cli]")
{
    const CliRun r =
        cli({QStringLiteral("check-apology")},
            QStringLiteral("Hi Sam,\n\nI'm so sorry your order arrived damaged. I've sent a replacement "
                           "by courier and it will arrive tomorrow before noon.\n\nTom\n"));
    INFO(show(r));
    CHECK(r.code == 0);
    CHECK(r.out.isEmpty());
    CHECK(r.err.isEmpty());

    const CliRun empty = cli({QStringLiteral("check-apology")}, QString());
    INFO(show(empty));
    CHECK(empty.code == 0);
    CHECK(empty.out.isEmpty());
}

TEST_CASE("check-apology reads --file as UTF-8 and says the same as from standard input", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("draft.txt"));
    writeFile(path, badDraft.toUtf8());
    const CliRun fromStdin = cli({QStringLiteral("check-apology")}, badDraft);
    const CliRun fromFile = cli({QStringLiteral("check-apology"), QStringLiteral("--file"), path},
                                QStringLiteral("ignored, since --file is given"));
    INFO(show(fromFile));
    CHECK(fromFile.code == 3);
    CHECK(fromFile.err.isEmpty());
    CHECK(fromFile.out == fromStdin.out);

    // A byte order mark and Windows line ends change no position.
    const QString bomPath = dir.filePath(QStringLiteral("draft-crlf.txt"));
    writeFile(bomPath, QByteArray("\xEF\xBB\xBF") +
                           QString(badDraft).replace(QStringLiteral("\n"), QStringLiteral("\r\n")).toUtf8());
    const CliRun bom = cli({QStringLiteral("check-apology"), QStringLiteral("--file"), bomPath});
    INFO(show(bom));
    CHECK(bom.out == fromStdin.out);

    // "--file -" is standard input, as for most tools.
    const CliRun dash =
        cli({QStringLiteral("check-apology"), QStringLiteral("--file"), QStringLiteral("-")}, badDraft);
    CHECK(dash.out == fromStdin.out);
}

TEST_CASE("check-apology reports a file it cannot read with exit 1", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("no-such-draft.txt"));
    const CliRun r = cli({QStringLiteral("check-apology"), QStringLiteral("--file"), missing});
    INFO(show(r));
    CHECK(r.code == 1);
    CHECK(r.out.isEmpty());
    CHECK(r.err.startsWith(QStringLiteral("redress-cli: ")));
    CHECK(r.err.contains(QStringLiteral("no-such-draft.txt")));

    const QString latin1 = dir.filePath(QStringLiteral("latin1.txt"));
    writeFile(latin1, QByteArray("Sorry, the caf\xE9 was closed.\n"));
    const CliRun notUtf8 = cli({QStringLiteral("check-apology"), QStringLiteral("--file"), latin1});
    INFO(show(notUtf8));
    CHECK(notUtf8.code == 1);
    CHECK(notUtf8.err.contains(QStringLiteral("latin1.txt")));
    CHECK(notUtf8.out.isEmpty());
}

TEST_CASE("check-apology usage errors exit 2", "[cli]")
{
    const QList<QStringList> wrong{
        {QStringLiteral("check-apology"), QStringLiteral("draft.txt")},
        {QStringLiteral("check-apology"), QStringLiteral("--file")},
        {QStringLiteral("check-apology"), QStringLiteral("--file"), QString()},
        {QStringLiteral("check-apology"), QStringLiteral("--cases"), QStringLiteral("5")},
        {QStringLiteral("check-apology"), QStringLiteral("--frobnicate")},
        {QStringLiteral("stats"), QStringLiteral("--file"), QStringLiteral("draft.txt")},
    };
    for (const QStringList& args : wrong) {
        CAPTURE(args.join(QLatin1Char(' ')));
        const CliRun r = cli(args, QStringLiteral("It is not our fault."));
        INFO(show(r));
        CHECK(r.code == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.startsWith(QStringLiteral("redress-cli: ")));
    }
}

TEST_CASE("check-apology opens no store, even when --db is given", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("store.sqlite"));
    const bool defaultExisted = QFileInfo::exists(Database::defaultPath());

    const CliRun r = cli({QStringLiteral("check-apology"), QStringLiteral("--db"), db}, badDraft);
    INFO(show(r));
    CHECK(r.code == 3);
    CHECK_FALSE(QFileInfo::exists(db));
    CHECK(QDir(dir.path()).isEmpty());

    // An empty --db is no usage error here: the option is not used at all.
    const CliRun emptyDb =
        cli({QStringLiteral("check-apology"), QStringLiteral("--db"), QString()}, badDraft);
    CHECK(emptyDb.code == 3);

    // Nor is the default store made on the way.
    const CliRun plain = cli({QStringLiteral("check-apology")}, badDraft);
    CHECK(plain.code == 3);
    CHECK(QFileInfo::exists(Database::defaultPath()) == defaultExisted);
}

TEST_CASE("The help names check-apology and its exit code", "[cli]")
{
    const CliRun r = cli({QStringLiteral("--help")});
    INFO(show(r));
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("check-apology [--file F]")));
    CHECK(r.out.contains(QStringLiteral("3 check-apology found something")));
}

TEST_CASE("check-apology refuses a draft over the limit, naming it", "[cli][recovery]")
{
    const QString limit = QString::number(ApologyChecker::kMaxDraftLength);
    const QString over = QString(ApologyChecker::kMaxDraftLength + 1, QLatin1Char('a'));
    const CliRun piped = cli({QStringLiteral("check-apology")}, over);
    INFO(show(piped));
    CHECK(piped.code == 1);
    CHECK(piped.out.isEmpty());
    CHECK(piped.err ==
          QStringLiteral("redress-cli: The draft is %1 characters long; the apology checker reads "
                         "at most %2.\n")
              .arg(ApologyChecker::kMaxDraftLength + 1)
              .arg(limit));

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("draft.txt"));
    writeFile(path, over.toUtf8());
    const CliRun fromFile = cli({QStringLiteral("check-apology"), QStringLiteral("--file"), path});
    INFO(show(fromFile));
    CHECK(fromFile.code == 1);
    CHECK(fromFile.err.contains(QStringLiteral("at most %1.").arg(limit)));

    // More bytes than any draft within the limit can take: refused unread.
    writeFile(path, QByteArray(3 * ApologyChecker::kMaxDraftLength + 4, 'a'));
    const CliRun huge = cli({QStringLiteral("check-apology"), QStringLiteral("--file"), path});
    INFO(show(huge));
    CHECK(huge.code == 1);
    CHECK(huge.err == QStringLiteral("redress-cli: %1 is too long: the apology checker reads at most %2 "
                                     "characters.\n")
                          .arg(QDir::toNativeSeparators(path), limit));

    // At the limit it is checked as any draft.
    const CliRun atLimit =
        cli({QStringLiteral("check-apology")}, QString(ApologyChecker::kMaxDraftLength, QLatin1Char('a')));
    INFO(show(atLimit));
    CHECK(atLimit.code == 3);
    CHECK(atLimit.err.isEmpty());
}
