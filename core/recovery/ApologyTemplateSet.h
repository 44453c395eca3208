#pragma once

#include "core/Error.h"
#include "core/cases/CaseTypes.h"
#include "core/recovery/ApologyTemplate.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace redress::core {

struct Case;

/// The apology scripts a rep can pick from, and which one suits a case.
///
/// A set is read from a folder holding `index.json` and the template files
/// it names; the default set ships inside the program (resources/templates).
/// Each index entry says which situation it suits; suggest() picks by these
/// rules, in this order:
///
/// 1. An entry *fits* when every criterion it states holds. The topic (a
///    list of product categories and/or keywords) holds when the case's
///    category is listed or its description contains a keyword; the others
///    hold when the severity is at least `minSeverity`, the business impact
///    and the customer segment are listed, and, for `"repeat": true`, the
///    complaint is a repeat. An entry that states nothing always fits.
/// 2. Among the entries that fit, the most specific wins, scored as:
///    business impact listed 8 (article 004: a stopped business is an
///    emergency whatever else is true), repeat 4, keyword matched 3
///    (what the customer said beats what they bought), category matched 2
///    (both: 4), segment listed 2, and 1 for each level `minSeverity` is
///    above Low.
/// 3. Equal scores go to the entry listed first in `index.json`; the first
///    entry that states nothing (the general apology) is what is left.
class ApologyTemplateSet
{
public:
    /// What suggest() needs to know about a case.
    struct Situation
    {
        QString category; ///< the product's category, e.g. "Dental equipment"
        Severity severity = Severity::Medium;
        BusinessImpact impact = BusinessImpact::None;
        QString segment;     ///< "consumer", "small business" or "key account"
        bool repeat = false; ///< the customer complained about this before
        QString problem;     ///< the description, searched for keywords

        /// Severity, impact and description from the case; the rest is the
        /// caller's (the case holds neither category nor segment).
        static Situation of(const Case& c, const QString& category, const QString& segment, bool repeat);
    };

    /// One template of the set and the situation it suits.
    struct Entry
    {
        QString key;            ///< stable, e.g. "business-stopped"
        QString title;          ///< for the picker
        QString file;           ///< relative to the set's folder
        QStringList categories; ///< empty: any
        QStringList keywords;   ///< matched as whole words, without case
        Severity minSeverity = Severity::Low;
        QList<BusinessImpact> impacts; ///< empty: any
        QStringList segments;          ///< empty: any
        bool repeatOnly = false;
        ApologyTemplate apology;

        /// How well this entry suits `s` by the rules above; -1 when it
        /// does not fit.
        int score(const Situation& s) const;
    };

    /// The set shipped inside the program.
    static Result<ApologyTemplateSet> defaults();
    /// Where defaults() reads from (a Qt resource folder).
    static QString defaultsPath();
    /// Reads `folder`/index.json and every template it names. A missing or
    /// malformed file, an unknown segment or impact, a duplicate key, a set
    /// with no entry that fits every case, or a template that does not
    /// parse is an InvalidInput error on the field "templates" naming the
    /// file (and, for a template, the line and column).
    static Result<ApologyTemplateSet> load(const QString& folder);

    const QList<Entry>& entries() const { return m_entries; }
    /// The entry with that key, or nullptr.
    const Entry* find(const QString& key) const;
    /// The key of the template that suits `s` best (see the class comment).
    QString suggest(const Situation& s) const;

private:
    QList<Entry> m_entries;
};

} // namespace redress::core
