#pragma once

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace redress::core {

struct Case;

/// The values an apology template may use, under a closed set of names.
///
/// | name                 | value                                                        |
/// | -------------------- | ------------------------------------------------------------ |
/// | customer.name        | the customer's full name, whitespace tidied                  |
/// | customer.first_name  | how to greet them: the given name (see splitName())          |
/// | customer.last_name   | the family name, may be empty                                |
/// | customer.company     | the company they speak for, may be empty                     |
/// | case.reference       | "RD-000123"                                                  |
/// | case.product         | the product or service the complaint is about                |
/// | case.problem         | what went wrong, in the customer's own words                 |
/// | case.channel         | how they told us, completing "you told us …": "by phone"     |
/// | case.opened          | the day the case was opened, as people read dates            |
/// | case.promised_by     | the day we promised a fix by, may be empty                   |
/// | case.next_step       | what happens next, as the rep wrote it, may be empty         |
/// | agent.name           | the rep writing the apology                                  |
/// | agent.first_name     | the rep's given name                                         |
/// | company.name         | our company as the caller names it; "our team" when unnamed  |
///
/// Values are plain text. An empty value makes a `{{#name}}…{{/name}}`
/// section disappear and a `{{^name}}…{{/name}}` section appear, so a
/// template can word around what is not known yet.
class TemplateContext
{
public:
    /// A first and last name as splitName() found them.
    struct NameParts
    {
        QString first;
        QString last;
    };

    /// Every name, all empty.
    TemplateContext();

    /// The values for an apology on `c`, written by `agentName`. Dates are
    /// written for `locale` (the system's unless told); `company` is our
    /// company's name as the person set it (see companyName()).
    static TemplateContext forCase(const Case& c, const QString& agentName, const QString& nextStep,
                                   const QDate& promisedBy, const QLocale& locale = QLocale(),
                                   const QString& company = {});

    /// Every name a template may use, in the order of the table above.
    static QStringList names();
    static bool isKnown(const QString& name);
    /// One translated line about a name, for the template editor's help;
    /// empty for an unknown name.
    static QString describe(const QString& name);

    /// The value of `name`; empty for an unknown name.
    QString value(const QString& name) const;
    /// Replaces one value, e.g. after the rep corrected how to greet the
    /// customer. False (and nothing changes) for an unknown name.
    bool setValue(const QString& name, const QString& value);

    /// Splits a person's name into how to greet them and their family name:
    /// whitespace is tidied; a leading title ("Dr", "Mrs") and a trailing
    /// suffix ("Jr", "PhD") are not names; "Last, First" is understood;
    /// family-name particles stay with the family name ("van Gogh"). Names
    /// in Chinese, Japanese or Korean script put the family name first and
    /// are often written without spaces, so `first` is the whole name (a
    /// polite greeting that never guesses wrong) and `last` the first word.
    static NameParts splitName(const QString& fullName);

    /// Our company's name as customers know it: `configured` with its
    /// whitespace tidied, or a translated "our team" when that is empty.
    /// The name comes in from the caller; the core reads no settings.
    static QString companyName(const QString& configured = {});

private:
    QHash<QString, QString> m_values;
};

} // namespace redress::core
