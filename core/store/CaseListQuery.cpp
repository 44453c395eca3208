#include "core/store/CaseListQuery.h"

#include <QCoreApplication>

namespace redress::core {

QString labelOf(CaseColumn column)
{
    const char* ctx = "redress::core::CaseListQuery";
    switch (column) {
    case CaseColumn::Reference: return QCoreApplication::translate(ctx, "Reference");
    case CaseColumn::Opened: return QCoreApplication::translate(ctx, "Opened");
    case CaseColumn::Customer: return QCoreApplication::translate(ctx, "Customer");
    case CaseColumn::Company: return QCoreApplication::translate(ctx, "Company");
    case CaseColumn::Product: return QCoreApplication::translate(ctx, "Product");
    case CaseColumn::Channel: return QCoreApplication::translate(ctx, "Channel");
    case CaseColumn::Severity: return QCoreApplication::translate(ctx, "Severity");
    case CaseColumn::Impact: return QCoreApplication::translate(ctx, "Impact");
    case CaseColumn::Status: return QCoreApplication::translate(ctx, "Status");
    case CaseColumn::Owner: return QCoreApplication::translate(ctx, "Owner");
    case CaseColumn::Updated: return QCoreApplication::translate(ctx, "Updated");
    case CaseColumn::Priority: return QCoreApplication::translate(ctx, "Priority");
    case CaseColumn::Due: return QCoreApplication::translate(ctx, "Due");
    }
    return {};
}

QString keyOf(CaseColumn column)
{
    switch (column) {
    case CaseColumn::Reference: return QStringLiteral("reference");
    case CaseColumn::Opened: return QStringLiteral("opened");
    case CaseColumn::Customer: return QStringLiteral("customer");
    case CaseColumn::Company: return QStringLiteral("company");
    case CaseColumn::Product: return QStringLiteral("product");
    case CaseColumn::Channel: return QStringLiteral("channel");
    case CaseColumn::Severity: return QStringLiteral("severity");
    case CaseColumn::Impact: return QStringLiteral("impact");
    case CaseColumn::Status: return QStringLiteral("status");
    case CaseColumn::Owner: return QStringLiteral("owner");
    case CaseColumn::Updated: return QStringLiteral("updated");
    case CaseColumn::Priority: return QStringLiteral("priority");
    case CaseColumn::Due: return QStringLiteral("due");
    }
    return {};
}

std::optional<CaseColumn> caseColumnFromKey(const QString& key)
{
    for (int i = 0; i < caseColumnCount; ++i) {
        if (keyOf(static_cast<CaseColumn>(i)) == key)
            return static_cast<CaseColumn>(i);
    }
    return std::nullopt;
}

} // namespace redress::core
