#include "core/cli/CliCommands.h"

#include "core/store/CaseRepository.h"
#include "core/store/CustomerRepository.h"
#include "core/store/MailRepository.h"

namespace redress::core::cli {

int runStats(const Database& db, QTextStream& out, QTextStream& err)
{
    auto customers = CustomerRepository(db).count();
    if (!customers)
        return reportError(err, customers.error());
    CaseRepository cases(db, 0);
    auto total = cases.count();
    if (!total)
        return reportError(err, total.error());
    auto byStatus = cases.countByStatus();
    if (!byStatus)
        return reportError(err, byStatus.error());
    MailRepository mail(db, 0);
    auto messages = mail.messageCount();
    if (!messages)
        return reportError(err, messages.error());
    auto attachments = mail.attachmentCount();
    if (!attachments)
        return reportError(err, attachments.error());
    out << "customers: " << *customers << '\n' << "cases: " << *total << '\n';
    for (CaseStatus s : allStatuses())
        out << "status." << keyOf(s) << ": " << byStatus->value(s) << '\n';
    out << "messages: " << *messages << '\n' << "attachments: " << *attachments << '\n';
    return Ok;
}

} // namespace redress::core::cli
