#include "core/cases/CaseMerge.h"

#include <QCoreApplication>

namespace redress::core {

namespace {

// The comparisons update() itself makes: a product named again with other
// spacing or case is the same product, a description differing only in
// surrounding blanks is the same description.
bool sameProduct(const QString& a, const QString& b)
{
    return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
}

bool sameText(const QString& a, const QString& b)
{
    return a.trimmed() == b.trimmed();
}

FieldChange classify(bool mineMoved, bool theirsMoved, bool mineEqualsTheirs)
{
    if (mineMoved && theirsMoved)
        return mineEqualsTheirs ? FieldChange::BothSame : FieldChange::Conflict;
    if (mineMoved)
        return FieldChange::Mine;
    if (theirsMoved)
        return FieldChange::Theirs;
    return FieldChange::Unchanged;
}

template <typename T, typename Same, typename Show>
FieldMerge compareOne(const QString& field, const T& base, const std::optional<T>& edit, const T& theirs,
                      Same same, Show show)
{
    const T mine = edit.value_or(base);
    FieldMerge m;
    m.field = field;
    m.label = caseFieldLabel(field);
    m.base = show(base);
    m.mine = show(mine);
    m.theirs = show(theirs);
    m.change = classify(!same(mine, base), !same(theirs, base), same(mine, theirs));
    return m;
}

} // namespace

QString caseFieldLabel(const QString& field)
{
    if (field == QLatin1String("product"))
        return QCoreApplication::translate("redress::core::CaseMerge", "Product");
    if (field == QLatin1String("channel"))
        return QCoreApplication::translate("redress::core::CaseMerge", "Channel");
    if (field == QLatin1String("description"))
        return QCoreApplication::translate("redress::core::CaseMerge", "What went wrong");
    if (field == QLatin1String("severity"))
        return QCoreApplication::translate("redress::core::CaseMerge", "Severity");
    if (field == QLatin1String("impact"))
        return QCoreApplication::translate("redress::core::CaseMerge", "Business impact");
    if (field == QLatin1String("priority"))
        return QCoreApplication::translate("redress::core::CaseMerge", "Priority");
    if (field == QLatin1String("status"))
        return QCoreApplication::translate("redress::core::CaseMerge", "Status");
    if (field == QLatin1String("owner"))
        return QCoreApplication::translate("redress::core::CaseMerge", "Owner");
    return field;
}

CaseMerge CaseMerge::compare(const Case& base, const CaseEdit& mine, const Case& theirs)
{
    CaseMerge merge;
    merge.m_theirs = theirs;
    merge.m_mine = mine;
    const auto shown = [](const QString& s) { return s.trimmed(); };
    const auto same = [](const auto& a, const auto& b) { return a == b; };
    const auto label = [](const auto& v) { return labelOf(v); };
    merge.m_fields
        << compareOne(QStringLiteral("product"), base.productName, mine.productName, theirs.productName,
                      sameProduct, [](const QString& s) { return s.simplified(); })
        << compareOne(QStringLiteral("channel"), base.channel, mine.channel, theirs.channel, same, label)
        << compareOne(QStringLiteral("description"), base.description, mine.description, theirs.description,
                      sameText, shown)
        << compareOne(QStringLiteral("severity"), base.severity, mine.severity, theirs.severity, same, label)
        << compareOne(QStringLiteral("impact"), base.impact, mine.impact, theirs.impact, same, label);
    return merge;
}

const FieldMerge* CaseMerge::field(const QString& name) const
{
    for (const FieldMerge& m : m_fields) {
        if (m.field == name)
            return &m;
    }
    return nullptr;
}

QStringList CaseMerge::conflicts() const
{
    QStringList out;
    for (const FieldMerge& m : m_fields) {
        if (m.change == FieldChange::Conflict)
            out << m.field;
    }
    return out;
}

Result<CaseEdit> CaseMerge::resolve(const QHash<QString, MergeChoice>& choices) const
{
    CaseEdit edit;
    for (const FieldMerge& m : m_fields) {
        bool takeMine = m.change == FieldChange::Mine;
        if (m.change == FieldChange::Conflict) {
            if (!choices.contains(m.field))
                return invalid(m.field, QCoreApplication::translate("redress::core::CaseMerge",
                                                                    "%1: choose yours or theirs.")
                                            .arg(m.label));
            takeMine = choices.value(m.field) == MergeChoice::KeepMine;
        }
        if (!takeMine)
            continue;
        if (m.field == QLatin1String("product"))
            edit.productName = m_mine.productName;
        else if (m.field == QLatin1String("channel"))
            edit.channel = m_mine.channel;
        else if (m.field == QLatin1String("description"))
            edit.description = m_mine.description;
        else if (m.field == QLatin1String("severity"))
            edit.severity = m_mine.severity;
        else if (m.field == QLatin1String("impact"))
            edit.impact = m_mine.impact;
    }
    return edit;
}

} // namespace redress::core
