#pragma once

#include <QDateTime>

#include <functional>

namespace redress::core {

/// Where the core reads "now". Tests and the CLI's `--now` replace it so that
/// time-based rules never depend on the wall clock or on sleeping.
class Clock
{
public:
    using Source = std::function<QDateTime()>;

    static QDateTime now() { return source() ? source()().toUTC() : QDateTime::currentDateTimeUtc(); }
    static void set(Source s) { source() = std::move(s); }
    static void reset() { source() = {}; }

private:
    static Source& source()
    {
        static Source s;
        return s;
    }
};

} // namespace redress::core
