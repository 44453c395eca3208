#pragma once

#include "core/Error.h"
#include "core/sla/BusinessCalendar.h"
#include "core/sla/SlaPolicy.h"

#include <QDialog>

#include <array>
#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace redress::ui {

class Session;

/// The SLA calendar (time zone, working hours per weekday, holidays) and
/// the targets per priority, as a lead edits them.
///
/// Hours are typed as "09:00–12:00, 13:00–17:00" (empty: a day off);
/// targets as hours and minutes, "h:mm", in business time on the calendar
/// unless the priority runs around the clock. The core validates
/// (BusinessCalendar::make, SlaPolicies::make); a refusal is shown below
/// and its field — a day, a holiday row, a target cell — is selected, with
/// everything typed kept. Saving re-derives every open case's due times.
class SlaSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SlaSettingsDialog(const Session& session, QWidget* parent = nullptr);

    /// Parses and validates what is typed, without writing; the error names
    /// the field as the core does ("week.tuesday[1]", "holidays[2]",
    /// "zone", "sla.urgent.acknowledge").
    core::Result<core::BusinessCalendar> calendar() const;
    core::Result<core::SlaPolicies> policies() const;

    /// The field the last refusal named, empty when none.
    QString errorField() const { return m_errorField; }

    /// "h:mm" for minutes, and back; nullopt for text that is not h:mm.
    /// A leading minus is read, so the core can refuse a negative target.
    static QString formatMinutes(int minutes);
    static std::optional<int> parseMinutes(const QString& text);
    /// "09:00–12:00, 13:00–17:00" for a day's hours, and back.
    static QString formatHours(const QList<core::WorkingInterval>& hours);
    static std::optional<QList<core::WorkingInterval>> parseHours(const QString& text,
                                                                  int* badIndex = nullptr);

public Q_SLOTS:
    /// Validates and writes what changed; false (with the field shown) when refused.
    bool save();
    void addHoliday();
    void removeHoliday();

Q_SIGNALS:
    /// The calendar or the targets were written; open cases' due times moved.
    void saved();

private:
    QGroupBox* createCalendarBox();
    QVBoxLayout* createHoursColumn();
    QVBoxLayout* createHolidayColumn();
    QGroupBox* createTargetBox();
    void load();
    void showError(const core::Error& error);
    void clearError();
    QWidget* fieldWidget(const QString& field);
    bool holidayRowBlank(int row) const;

    const Session& m_session;
    bool m_canEdit = false;
    std::optional<core::BusinessCalendar> m_savedCalendar;
    std::optional<core::SlaPolicies> m_savedPolicies;
    QString m_errorField;
    QWidget* m_marked = nullptr;

    QComboBox* m_zone = nullptr;
    std::array<QLineEdit*, 7> m_hours{};
    QTableWidget* m_holidays = nullptr;
    QPushButton* m_addHoliday = nullptr;
    QPushButton* m_removeHoliday = nullptr;
    QTableWidget* m_targets = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace redress::ui
