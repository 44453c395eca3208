#pragma once

#include "bench/Machine.h"
#include "bench/Samples.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace redress::bench {

/// The results of one run, as a table for the terminal and as markdown for
/// docs/BENCHMARKS.md.
class Report
{
public:
    /// A list operation, ours against the shell (the shell may be absent).
    struct Comparison
    {
        QString operation;
        Samples redress;
        std::optional<Samples> shell;
        QString aim;
        std::optional<bool> met;
    };

    /// A figure with an aim of its own (memory, stalls, throughput).
    struct Figure
    {
        QString measure;
        QString value;
        QString aim;
        std::optional<bool> met;
    };

    struct Context
    {
        Machine machine;
        QString date;
        QString store;
        qint64 fileBytes = 0;
        qint64 cases = 0;
        QString seed;
        int warmups = 0;
        int runs = 0;
        int shellRuns = 0;
        double shellStartupMs = 0;
        QString command;
        QString interference; ///< how busy other processes kept the machine
    };

    void setContext(Context context) { m_context = std::move(context); }
    void addComparison(Comparison row) { m_comparisons << std::move(row); }
    void addFigure(Figure row) { m_figures << std::move(row); }
    /// SQL alone: the repository on the calling thread against the shell
    /// running the very same statements.
    void addSqlDetail(Comparison row) { m_sql << std::move(row); }
    void addNote(const QString& note) { m_notes << note; }

    QString text() const;
    QString markdown() const;

private:
    Context m_context;
    QList<Comparison> m_comparisons;
    QList<Figure> m_figures;
    QList<Comparison> m_sql;
    QStringList m_notes;
};

} // namespace redress::bench
