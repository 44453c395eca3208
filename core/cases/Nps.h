#pragma once

#include <QString>

namespace redress::core {

/// How a follow-up score (0–10, "how likely are you to recommend us")
/// counts: 9–10 a champion, 7–8 passive, 0–6 a detractor.
enum class NpsClass
{
    Detractor,
    Passive,
    Champion
};

constexpr int championMinScore = 9;
constexpr int passiveMinScore = 7;

NpsClass npsClassOf(int score);
QString keyOf(NpsClass c);

} // namespace redress::core
