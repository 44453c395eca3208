#include "core/store/CaseListQuery.h"

#include <QCoreApplication>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::CaseListQuery)
};

} // namespace

QString labelOf(CaseColumn column)
{
    switch (column) {
    case CaseColumn::Reference: return Tr::tr("Reference");
    case CaseColumn::Opened: return Tr::tr("Opened");
    case CaseColumn::Customer: return Tr::tr("Customer");
    case CaseColumn::Company: return Tr::tr("Company");
    case CaseColumn::Product: return Tr::tr("Product");
    case CaseColumn::Channel: return Tr::tr("Channel");
    case CaseColumn::Severity: return Tr::tr("Severity");
    case CaseColumn::Impact: return Tr::tr("Impact");
    case CaseColumn::Status: return Tr::tr("Status");
    case CaseColumn::Owner: return Tr::tr("Owner");
    case CaseColumn::Updated: return Tr::tr("Updated");
    case CaseColumn::Priority: return Tr::tr("Priority");
    case CaseColumn::Due: return Tr::tr("Due");
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
