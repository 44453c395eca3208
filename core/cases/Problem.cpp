#include "core/cases/Problem.h"

#include "core/cases/CaseTypes.h"
#include <QCoreApplication>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::Problem)
};

template <typename E> std::optional<E> fromKey(const QList<E>& all, const QString& key)
{
    for (E e : all) {
        if (keyOf(e) == key)
            return e;
    }
    return std::nullopt;
}

} // namespace

QList<ProblemKind> allProblemKinds()
{
    return {ProblemKind::Defect, ProblemKind::Education};
}

QString keyOf(ProblemKind k)
{
    switch (k) {
    case ProblemKind::Defect: return QStringLiteral("defect");
    case ProblemKind::Education: return QStringLiteral("education");
    }
    return {};
}

QString labelOf(ProblemKind k)
{
    switch (k) {
    case ProblemKind::Defect: return Tr::tr("Defect");
    case ProblemKind::Education: return Tr::tr("Customer education");
    }
    return {};
}

std::optional<ProblemKind> problemKindFromKey(const QString& key)
{
    return fromKey(allProblemKinds(), key);
}

QList<ProblemStatus> allProblemStatuses()
{
    return {ProblemStatus::Open, ProblemStatus::ActionTaken, ProblemStatus::Verified, ProblemStatus::Closed};
}

QString keyOf(ProblemStatus s)
{
    switch (s) {
    case ProblemStatus::Open: return QStringLiteral("open");
    case ProblemStatus::ActionTaken: return QStringLiteral("action_taken");
    case ProblemStatus::Verified: return QStringLiteral("verified");
    case ProblemStatus::Closed: return QStringLiteral("closed");
    }
    return {};
}

QString labelOf(ProblemStatus s)
{
    switch (s) {
    case ProblemStatus::Open: return Tr::tr("Open");
    case ProblemStatus::ActionTaken: return Tr::tr("Action taken");
    case ProblemStatus::Verified: return Tr::tr("Verified");
    case ProblemStatus::Closed: return Tr::tr("Closed");
    }
    return {};
}

std::optional<ProblemStatus> problemStatusFromKey(const QString& key)
{
    return fromKey(allProblemStatuses(), key);
}

QList<Verdict> allVerdicts()
{
    return {Verdict::Fell, Verdict::NotYetKnown, Verdict::DidNotFall};
}

QString keyOf(Verdict v)
{
    switch (v) {
    case Verdict::Fell: return QStringLiteral("fell");
    case Verdict::NotYetKnown: return QStringLiteral("not_yet_known");
    case Verdict::DidNotFall: return QStringLiteral("did_not_fall");
    }
    return {};
}

QString labelOf(Verdict v)
{
    switch (v) {
    case Verdict::Fell: return Tr::tr("Fell");
    case Verdict::NotYetKnown: return Tr::tr("Not yet known");
    case Verdict::DidNotFall: return Tr::tr("Did not fall");
    }
    return {};
}

std::optional<Verdict> verdictFromKey(const QString& key)
{
    return fromKey(allVerdicts(), key);
}

QString problemReferenceFor(qint64 problemId)
{
    return QStringLiteral("PR-%1").arg(problemId, 4, 10, QLatin1Char('0'));
}

std::optional<qint64> problemIdFromReference(const QString& text)
{
    return idFromReference(text, QLatin1String("PR"));
}

} // namespace redress::core
