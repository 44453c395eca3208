#pragma once

#include <QList>

#include <algorithm>

namespace redress::bench {

/// Repeated timings of one operation, in milliseconds.
struct Samples
{
    QList<double> ms;

    bool isEmpty() const { return ms.isEmpty(); }
    void add(double value) { ms << value; }

    /// The median, not the mean: one run disturbed by the machine (a page
    /// written back, another process) should not move the figure.
    double median() const
    {
        if (ms.isEmpty())
            return 0;
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype mid = sorted.size() / 2;
        return sorted.size() % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
    double min() const { return ms.isEmpty() ? 0 : *std::min_element(ms.begin(), ms.end()); }
    double max() const { return ms.isEmpty() ? 0 : *std::max_element(ms.begin(), ms.end()); }
};

} // namespace redress::bench
