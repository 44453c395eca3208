#include "core/cli/CliCommands.h"

#include "core/cases/CaseTypes.h"
#include "core/io/CsvWriter.h"
#include "core/store/CustomerRepository.h"

#include <QBuffer>
#include <QCoreApplication>

namespace redress::core::cli {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::cli::Customer)
};

QString day(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().date().toString(Qt::ISODate) : QString();
}

QString money(qint64 cents)
{
    return QString::number(static_cast<double>(cents) / 100.0, 'f', 2);
}

// One case's line or record, the same fields in the same order for both
// formats; keys, not labels, so scripts can read either.
QStringList fieldsOf(const CustomerCase& c)
{
    return {referenceFor(c.id),
            keyOf(c.status),
            c.productName,
            c.rootCause,
            c.outcome,
            day(c.openedAt),
            day(c.resolvedAt),
            c.gestures.join(QStringLiteral("; ")),
            money(c.gestureCostCents),
            c.followUpScore ? QString::number(*c.followUpScore) : QString(),
            c.secondFailureOf > 0 ? referenceFor(c.secondFailureOf) : QString(),
            c.mergedInto > 0 ? referenceFor(c.mergedInto) : QString()};
}

} // namespace

std::optional<QString> checkCustomerOptions(const QCommandLineParser& parser)
{
    bool ok = false;
    const qint64 id = parser.value(QStringLiteral("id")).toLongLong(&ok);
    if (!parser.isSet(QStringLiteral("id")) || !ok || id <= 0)
        return Tr::tr("customer needs --id N, the customer's id (a whole number above 0).");
    if (parser.isSet(QStringLiteral("format"))) {
        const QString format = parser.value(QStringLiteral("format"));
        if (format != QLatin1String("csv") && format != QLatin1String("text"))
            return Tr::tr("--format takes csv or text, not '%1'.").arg(format);
    }
    return std::nullopt;
}

int runCustomer(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const qint64 id = parser.value(QStringLiteral("id")).toLongLong();
    auto history = CustomerRepository(db).history(id);
    if (!history)
        return reportError(err, history.error());
    const Customer& c = history->customer;
    if (parser.value(QStringLiteral("format")) == QLatin1String("csv")) {
        // The details on every record, so each line stands on its own in
        // a spreadsheet.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            CsvWriter writer(buffer);
            writer.writeRecord(
                {QStringLiteral("customer_id"), QStringLiteral("customer"), QStringLiteral("company"),
                 QStringLiteral("reference"), QStringLiteral("status"), QStringLiteral("product"),
                 QStringLiteral("root_cause"), QStringLiteral("outcome"), QStringLiteral("opened"),
                 QStringLiteral("resolved"), QStringLiteral("gestures"), QStringLiteral("gesture_cost"),
                 QStringLiteral("follow_up_score"), QStringLiteral("second_failure_of"),
                 QStringLiteral("merged_into")});
            for (const CustomerCase& k : std::as_const(history->cases))
                writer.writeRecord(QStringList{QString::number(c.id), c.name, c.company} + fieldsOf(k));
            writer.flush();
        }
        out << QString::fromUtf8(buffer.data());
        out.flush();
        return Ok;
    }
    out << "customer: " << c.id << '\n'
        << "name: " << c.name << '\n'
        << "company: " << c.company << '\n'
        << "email: " << c.email << '\n'
        << "phone: " << c.phone << '\n'
        << "segment: " << c.segment << '\n'
        << "language: " << c.language << '\n'
        << "lifetime value: " << money(c.lifetimeValueCents) << '\n'
        << "complaints this year: " << history->complaintsThisYear << '\n'
        << "no contact: " << (history->optedOut() ? day(c.noContactAt) : QStringLiteral("no")) << '\n';
    if (c.mergedInto > 0)
        out << "merged into: customer " << c.mergedInto << '\n';
    out << "cases: " << history->cases.size() << '\n';
    for (const CustomerCase& k : std::as_const(history->cases)) {
        QStringList f = fieldsOf(k);
        // Empty fields as "-" keep the columns countable.
        for (QString& field : f) {
            if (field.isEmpty())
                field = QStringLiteral("-");
            field.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        }
        out << f.join(QLatin1Char('\t')) << '\n';
    }
    out.flush();
    return Ok;
}

} // namespace redress::core::cli
