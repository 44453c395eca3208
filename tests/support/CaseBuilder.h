#pragma once

// A complaint for a test to file, with defaults for everything it does not
// care about, so each test names only what it varies:
//
//     CaseRepository(db, rep.id).create(test::CaseBuilder().impact(Stopped).build());
//
// Channel, severity and impact default to NewCase's own defaults, and the
// company stays empty unless set: a test that names neither gets the same
// customer and product rows as a hand-built NewCase would give it.

#include "core/cases/Case.h"

#include <QString>

namespace redress::test {

class CaseBuilder
{
public:
    /// A new customer of this name (and the company, if one is set).
    CaseBuilder& customer(const QString& name)
    {
        m_case.customerName = name;
        return *this;
    }
    /// A customer already on file. Clears the name, which the store then
    /// takes from the customer's row; set one after this to keep it.
    CaseBuilder& existingCustomer(qint64 id)
    {
        m_case.customerId = id;
        m_case.customerName.clear();
        return *this;
    }
    CaseBuilder& company(const QString& company)
    {
        m_case.company = company;
        return *this;
    }
    CaseBuilder& product(const QString& name)
    {
        m_case.productName = name;
        return *this;
    }
    CaseBuilder& channel(core::Channel channel)
    {
        m_case.channel = channel;
        return *this;
    }
    CaseBuilder& description(const QString& text)
    {
        m_case.description = text;
        return *this;
    }
    CaseBuilder& severity(core::Severity severity)
    {
        m_case.severity = severity;
        return *this;
    }
    CaseBuilder& impact(core::BusinessImpact impact)
    {
        m_case.impact = impact;
        return *this;
    }

    core::NewCase build() const { return m_case; }

private:
    core::NewCase m_case = defaults();

    static core::NewCase defaults()
    {
        core::NewCase c;
        c.customerName = QStringLiteral("Dr Ana Costa");
        c.productName = QStringLiteral("Vacuum pump VP-200");
        c.description = QStringLiteral("The pump stopped.");
        return c;
    }
};

} // namespace redress::test
