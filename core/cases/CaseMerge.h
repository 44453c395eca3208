#pragma once

#include "core/Error.h"
#include "core/cases/Case.h"

#include <QHash>
#include <QList>
#include <QString>

namespace redress::core {

/// Who moved one field away from what the rep opened.
enum class FieldChange
{
    Unchanged,
    Mine,     ///< only the rep changed it
    Theirs,   ///< only someone else changed it
    BothSame, ///< both changed it, to the same value
    Conflict  ///< both changed it, to different values: the rep must choose
};

enum class MergeChoice
{
    KeepMine,
    TakeTheirs
};

/// One field of a CaseEdit compared three ways, values as a person reads them.
struct FieldMerge
{
    QString field; ///< the stored name, as Error::field and the timeline use it
    QString label;
    QString base; ///< when the rep opened the case
    QString mine;
    QString theirs; ///< as the store has it now
    FieldChange change = FieldChange::Unchanged;
};

/// A three-way comparison of the case a rep opened (`base`), the edit they
/// want (`mine`) and the case as the store has it now (`theirs`), so that a
/// save refused as stale can be redone without overwriting anyone unseen.
class CaseMerge
{
public:
    static CaseMerge compare(const Case& base, const CaseEdit& mine, const Case& theirs);

    /// Product, channel, description, severity, impact, in that order.
    const QList<FieldMerge>& fields() const { return m_fields; }
    const FieldMerge* field(const QString& name) const;
    QStringList conflicts() const;
    const Case& theirs() const { return m_theirs; }

    /// The edit to save over `theirs()`: a field only the rep changed keeps
    /// the rep's value; fields others changed are left out; a conflicting
    /// field follows `choices`. A conflict without a choice is refused, naming it.
    Result<CaseEdit> resolve(const QHash<QString, MergeChoice>& choices) const;

private:
    Case m_theirs;
    CaseEdit m_mine;
    QList<FieldMerge> m_fields;
};

/// "Product", "Severity", … for a field's stored name; the name itself
/// for one this does not know.
QString caseFieldLabel(const QString& field);

} // namespace redress::core
