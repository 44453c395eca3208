#pragma once

#include "core/report/Effectiveness.h"

#include <QList>
#include <QPalette>
#include <QString>

namespace redress::ui {

class ChartView;

/// The words of the effectiveness chart, translated by the desk showing it.
struct EffectivenessChartText
{
    QString title;
    QString before; ///< the bars before the corrective action
    QString after;  ///< the bars after it
    QString other;  ///< the week of the change, or the running week
    QString weekAxis;
    QString valueAxis;
};

/// A problem's complaints per 100 per ISO week as bars, one set per phase
/// so before and after read apart at a glance; with no weeks, the title
/// alone.
void showEffectivenessChart(ChartView* view, const QList<core::EffectivenessWeek>& weeks,
                            const EffectivenessChartText& text, const QPalette& palette);

} // namespace redress::ui
