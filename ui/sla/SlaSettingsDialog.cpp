#include "ui/sla/SlaSettingsDialog.h"

#include "ui/common/DialogParts.h"

#include "core/store/SlaRepository.h"
#include "ui/common/ProgressTask.h"
#include "ui/common/Session.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace redress::ui {

namespace {

// As the core names the weekdays in its error fields ("week.tuesday[1]").
const char* const dayKeys[7] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
// The targets' columns, as the core names them in "sla.<priority>.<target>".
const char* const targetKeys[4] = {"acknowledge", "contact", "resolve", "executive"};
constexpr int aroundTheClockColumn = 4;

enum HolidayColumn
{
    HolidayFrom,
    HolidayTo,
    HolidayName
};

// Highest priority first: the rows people look for first.
QList<core::Priority> targetRows()
{
    QList<core::Priority> rows = core::allPriorities();
    std::reverse(rows.begin(), rows.end());
    return rows;
}

QString dayLabel(int day)
{
    return QLocale().dayName(day + 1, QLocale::LongFormat);
}

QString minuteText(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

QDate parseDate(const QString& text)
{
    const QString t = text.trimmed();
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid())
        d = QLocale().toDate(t, QLocale::ShortFormat);
    return d;
}

std::unexpected<core::Error> unreadable(QString field, QString message)
{
    return core::invalid(std::move(field), std::move(message));
}

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

QString SlaSettingsDialog::formatMinutes(int minutes)
{
    const QString sign = minutes < 0 ? QStringLiteral("-") : QString();
    const int m = std::abs(minutes);
    return QStringLiteral("%1%2:%3").arg(sign).arg(m / 60).arg(m % 60, 2, 10, QLatin1Char('0'));
}

std::optional<int> SlaSettingsDialog::parseMinutes(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*([-−])?\\s*(\\d{1,6}):([0-5]\\d)\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 minutes = match.captured(2).toLongLong() * 60 + match.captured(3).toInt();
    if (minutes > std::numeric_limits<int>::max())
        return std::nullopt;
    return match.capturedLength(1) > 0 ? -static_cast<int>(minutes) : static_cast<int>(minutes);
}

QString SlaSettingsDialog::formatHours(const QList<core::WorkingInterval>& hours)
{
    QStringList parts;
    for (const core::WorkingInterval& w : hours)
        parts << minuteText(w.startMinute) + QStringLiteral("–") + minuteText(w.endMinute);
    return parts.join(QStringLiteral(", "));
}

std::optional<QList<core::WorkingInterval>> SlaSettingsDialog::parseHours(const QString& text, int* badIndex)
{
    // Hyphen, en dash or em dash between the times, as people type them.
    static const QRegularExpression interval(
        QStringLiteral("^\\s*(\\d{1,2})[:.](\\d{2})\\s*[-–—]\\s*(\\d{1,2})[:.](\\d{2})\\s*$"));
    QList<core::WorkingInterval> out;
    if (text.trimmed().isEmpty())
        return out;
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[,;]")));
    for (int i = 0; i < parts.size(); ++i) {
        const auto m = interval.match(parts[i]);
        const auto minuteOf = [&](int h, int mi) {
            return m.captured(h).toInt() * 60 + m.captured(mi).toInt();
        };
        if (!m.hasMatch() || m.captured(2).toInt() > 59 || m.captured(4).toInt() > 59) {
            if (badIndex)
                *badIndex = i;
            return std::nullopt;
        }
        // Out-of-range times (25:00) go through so the core names them.
        out << core::WorkingInterval{minuteOf(1, 2), minuteOf(3, 4)};
    }
    return out;
}

SlaSettingsDialog::SlaSettingsDialog(const Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("slaSettingsDialog"));
    setWindowTitle(tr("SLA calendar and targets"));
    m_canEdit = core::allows(m_session.user().role, core::Permission::EditSla);
    auto* layout = new QVBoxLayout(this);
    if (!m_canEdit) {
        auto* why = new QLabel(tr("%1 (%2) may look but not change the SLA calendar or targets.")
                                   .arg(m_session.user().displayName, core::labelOf(m_session.user().role)));
        why->setObjectName(QStringLiteral("slaReadOnly"));
        why->setWordWrap(true);
        layout->addWidget(why);
    }

    layout->addWidget(createCalendarBox(), 1); // room to spare goes to the holidays
    layout->addWidget(createTargetBox());

    const FormMessages messages =
        addFormMessages(layout, QStringLiteral("slaError"), QStringLiteral("slaStatus"));
    m_error = messages.error;
    m_status = messages.status;
    m_save = addSaveAndClose(this, layout, m_canEdit, QStringLiteral("saveSlaButton"));
    m_save->setEnabled(m_canEdit);
    connect(m_save, &QPushButton::clicked, this, &SlaSettingsDialog::save);

    load();
    m_zone->setEnabled(m_canEdit);
    resize(std::max(sizeHint().width(), 860), sizeHint().height());
}

QGroupBox* SlaSettingsDialog::createCalendarBox()
{
    auto* calendarBox = new QGroupBox(tr("Business calendar"));
    auto* calendarLayout = new QVBoxLayout(calendarBox);
    auto* zoneForm = new QFormLayout;
    m_zone = new QComboBox;
    m_zone->setObjectName(QStringLiteral("zoneCombo"));
    m_zone->setAccessibleName(tr("Time zone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zone->setMinimumContentsLength(24);
    zoneForm->addRow(tr("Time &zone:"), m_zone);
    calendarLayout->addLayout(zoneForm);

    auto* split = new QHBoxLayout;
    split->addLayout(createHoursColumn());
    split->addLayout(createHolidayColumn(), 1);
    calendarLayout->addLayout(split);
    return calendarBox;
}

/// A line of working hours for each day of the week.
QVBoxLayout* SlaSettingsDialog::createHoursColumn()
{
    auto* hoursBox = new QVBoxLayout;
    auto* hoursNote = new QLabel(tr("Working hours, such as 09:00–12:00, 13:00–17:00; empty for a day off."));
    hoursNote->setWordWrap(true);
    hoursBox->addWidget(hoursNote);
    auto* hoursForm = new QFormLayout;
    for (int day = 0; day < 7; ++day) {
        auto* edit = new QLineEdit;
        edit->setObjectName(QStringLiteral("hours_%1").arg(QLatin1String(dayKeys[day])));
        edit->setAccessibleName(tr("Working hours on %1").arg(dayLabel(day)));
        edit->setPlaceholderText(tr("day off"));
        edit->setReadOnly(!m_canEdit);
        edit->setMinimumWidth(
            edit->fontMetrics().horizontalAdvance(QStringLiteral("09:00–12:00, 13:00–17:00")) + 24);
        hoursForm->addRow(dayLabel(day) + QLatin1Char(':'), edit);
        connect(edit, &QLineEdit::textEdited, this, [this] { m_status->clear(); });
        m_hours[day] = edit;
    }
    hoursBox->addLayout(hoursForm);
    hoursBox->addStretch(1);
    return hoursBox;
}

/// The holiday table with its buttons.
QVBoxLayout* SlaSettingsDialog::createHolidayColumn()
{
    auto* holidayBox = new QVBoxLayout;
    auto* holidayLabel = new QLabel(tr("&Holidays (dates as YYYY-MM-DD; To empty for a single day):"));
    holidayLabel->setWordWrap(true);
    holidayBox->addWidget(holidayLabel);
    m_holidays = new QTableWidget(0, 3);
    m_holidays->setObjectName(QStringLiteral("holidayTable"));
    m_holidays->setAccessibleName(tr("Holidays"));
    holidayLabel->setBuddy(m_holidays);
    m_holidays->setHorizontalHeaderLabels({tr("From"), tr("To"), tr("Name")});
    m_holidays->verticalHeader()->hide();
    m_holidays->horizontalHeader()->setStretchLastSection(true);
    const int dateWidth = m_holidays->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31")) + 28;
    m_holidays->setColumnWidth(HolidayFrom, dateWidth);
    m_holidays->setColumnWidth(HolidayTo, dateWidth);
    m_holidays->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_holidays->setSelectionMode(QAbstractItemView::SingleSelection);
    m_holidays->setTabKeyNavigation(false);
    if (!m_canEdit)
        m_holidays->setEditTriggers(QAbstractItemView::NoEditTriggers);
    holidayBox->addWidget(m_holidays, 1);
    auto* holidayButtons = new QHBoxLayout;
    m_addHoliday = new QPushButton(tr("&Add holiday"));
    m_addHoliday->setObjectName(QStringLiteral("addHolidayButton"));
    m_addHoliday->setAutoDefault(false);
    m_removeHoliday = new QPushButton(tr("&Remove holiday"));
    m_removeHoliday->setObjectName(QStringLiteral("removeHolidayButton"));
    m_removeHoliday->setAutoDefault(false);
    m_addHoliday->setEnabled(m_canEdit);
    m_removeHoliday->setEnabled(false);
    connect(m_addHoliday, &QPushButton::clicked, this, &SlaSettingsDialog::addHoliday);
    connect(m_removeHoliday, &QPushButton::clicked, this, &SlaSettingsDialog::removeHoliday);
    connect(m_holidays, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_removeHoliday->setEnabled(m_canEdit && row >= 0); });
    holidayButtons->addStretch(1);
    holidayButtons->addWidget(m_addHoliday);
    holidayButtons->addWidget(m_removeHoliday);
    holidayBox->addLayout(holidayButtons);
    return holidayBox;
}

QGroupBox* SlaSettingsDialog::createTargetBox()
{
    auto* targetBox = new QGroupBox(tr("Targets per priority"));
    auto* targetLayout = new QVBoxLayout(targetBox);
    auto* targetNote = new QLabel(
        tr("Hours and minutes (h:mm) of business time on the calendar above, counted from when the case "
           "was opened; “Around the clock” counts every hour instead. The lead's time runs from when the "
           "case reached the team lead until it goes on to the service executive."));
    targetNote->setWordWrap(true);
    targetLayout->addWidget(targetNote);
    const QList<core::Priority> rows = targetRows();
    m_targets = new QTableWidget(static_cast<int>(rows.size()), 5);
    m_targets->setObjectName(QStringLiteral("targetTable"));
    m_targets->setAccessibleName(tr("SLA targets per priority"));
    m_targets->setHorizontalHeaderLabels(
        {tr("Acknowledge"), tr("First contact"), tr("Resolve"), tr("Lead's time"), tr("Around the clock")});
    m_targets->horizontalHeaderItem(3)->setToolTip(tr(
        "How long the case may stay unresolved with the team lead before it goes to the service executive"));
    QStringList rowLabels;
    for (core::Priority p : rows)
        rowLabels << core::labelOf(p);
    m_targets->setVerticalHeaderLabels(rowLabels);
    m_targets->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_targets->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_targets->setSelectionMode(QAbstractItemView::SingleSelection);
    m_targets->setTabKeyNavigation(false);
    m_targets->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_targets->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    if (!m_canEdit)
        m_targets->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < 4; ++c) {
            auto* item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_targets->setItem(r, c, item);
        }
        auto* around = new QTableWidgetItem;
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (m_canEdit)
            flags |= Qt::ItemIsUserCheckable;
        around->setFlags(flags);
        around->setCheckState(Qt::Unchecked);
        m_targets->setItem(r, aroundTheClockColumn, around);
    }
    // Tall enough for every row without a scroll bar: five rows always fit.
    int tableHeight = m_targets->horizontalHeader()->sizeHint().height() + 2 * m_targets->frameWidth();
    for (int r = 0; r < m_targets->rowCount(); ++r)
        tableHeight += m_targets->rowHeight(r);
    m_targets->setFixedHeight(tableHeight);
    connect(m_targets, &QTableWidget::itemChanged, this, [this] { m_status->clear(); });
    targetLayout->addWidget(m_targets);
    return targetBox;
}

void SlaSettingsDialog::load()
{
    core::SlaRepository repo(m_session.db(), m_session.user());
    auto calendar = repo.calendar();
    auto policies = repo.policies();
    QStringList problems;
    if (calendar)
        m_savedCalendar = *calendar;
    else
        problems << calendar.error().message;
    if (policies)
        m_savedPolicies = *policies;
    else
        problems << policies.error().message;

    const core::BusinessCalendar shownCalendar = calendar.value_or(core::BusinessCalendar::alwaysOpen());
    const QString zone = QString::fromUtf8(shownCalendar.zone().id());
    m_zone->setCurrentIndex(m_zone->findText(zone));
    m_zone->setEditText(zone);
    for (int day = 0; day < 7; ++day)
        m_hours[day]->setText(formatHours(shownCalendar.week()[day]));
    m_holidays->setRowCount(0);
    for (const core::Holiday& h : shownCalendar.holidays()) {
        const int row = m_holidays->rowCount();
        m_holidays->insertRow(row);
        m_holidays->setItem(row, HolidayFrom, new QTableWidgetItem(h.from.toString(Qt::ISODate)));
        m_holidays->setItem(
            row, HolidayTo,
            new QTableWidgetItem(h.to.isValid() && h.to != h.from ? h.to.toString(Qt::ISODate) : QString()));
        m_holidays->setItem(row, HolidayName, new QTableWidgetItem(h.name));
    }

    const core::SlaPolicies shownPolicies = policies.value_or(core::SlaPolicies::defaults());
    const QSignalBlocker quiet(m_targets);
    const QList<core::Priority> rows = targetRows();
    for (int r = 0; r < rows.size(); ++r) {
        const core::SlaTargets& t = shownPolicies.of(rows[r]);
        const int minutes[4] = {t.acknowledgeMinutes, t.contactMinutes, t.resolveMinutes, t.executiveMinutes};
        for (int c = 0; c < 4; ++c)
            m_targets->item(r, c)->setText(formatMinutes(minutes[c]));
        m_targets->item(r, aroundTheClockColumn)
            ->setCheckState(t.aroundTheClock ? Qt::Checked : Qt::Unchecked);
    }
    if (!problems.isEmpty()) {
        m_error->setText(problems.join(QLatin1Char('\n')));
        m_error->show();
    }
}

core::Result<core::BusinessCalendar> SlaSettingsDialog::calendar() const
{
    core::WeekHours week;
    for (int day = 0; day < 7; ++day) {
        int bad = 0;
        auto hours = parseHours(m_hours[day]->text(), &bad);
        if (!hours)
            return unreadable(
                QStringLiteral("week.%1[%2]").arg(QLatin1String(dayKeys[day])).arg(bad),
                tr("%1: write working hours as from–to times, such as 09:00–12:00, 13:00–17:00.")
                    .arg(dayLabel(day)));
        week[day] = *hours;
    }
    QList<core::Holiday> holidays;
    for (int row = 0; row < m_holidays->rowCount(); ++row) {
        const auto text = [&](int column) { return cellText(m_holidays, row, column); };
        // A row added and left blank is no holiday; skipping it keeps it
        // from blocking the save.
        if (holidayRowBlank(row))
            continue;
        core::Holiday h;
        h.from = parseDate(text(HolidayFrom));
        h.to = text(HolidayTo).isEmpty() ? QDate() : parseDate(text(HolidayTo));
        h.name = text(HolidayName);
        const QString field = QStringLiteral("holidays[%1]").arg(holidays.size());
        if (!h.from.isValid())
            return unreadable(field, tr("Holiday %1: “%2” is not a date; write it as YYYY-MM-DD.")
                                         .arg(row + 1)
                                         .arg(text(HolidayFrom)));
        if (!text(HolidayTo).isEmpty() && !h.to.isValid())
            return unreadable(field, tr("Holiday %1: “%2” is not a date; write it as YYYY-MM-DD, or leave it "
                                        "empty for a single day.")
                                         .arg(row + 1)
                                         .arg(text(HolidayTo)));
        holidays << h;
    }
    return core::BusinessCalendar::make(m_zone->currentText().trimmed().toUtf8(), week, holidays);
}

core::Result<core::SlaPolicies> SlaSettingsDialog::policies() const
{
    QHash<core::Priority, core::SlaTargets> targets;
    const QList<core::Priority> rows = targetRows();
    for (int r = 0; r < rows.size(); ++r) {
        int minutes[4] = {};
        for (int c = 0; c < 4; ++c) {
            const QString text = m_targets->item(r, c)->text();
            const auto parsed = parseMinutes(text);
            if (!parsed)
                return unreadable(
                    core::slaField(rows[r], targetKeys[c]),
                    tr("%1, %2: “%3” is not hours and minutes; write h:mm, such as 0:30 or 8:00.")
                        .arg(core::labelOf(rows[r]), m_targets->horizontalHeaderItem(c)->text(), text));
            minutes[c] = *parsed;
        }
        targets.insert(
            rows[r], core::SlaTargets{minutes[0], minutes[1], minutes[2], minutes[3],
                                      m_targets->item(r, aroundTheClockColumn)->checkState() == Qt::Checked});
    }
    return core::SlaPolicies::make(targets);
}

bool SlaSettingsDialog::save()
{
    clearError();
    if (!m_canEdit) {
        m_error->setText(tr("%1 (%2) may not change the SLA calendar or targets.")
                             .arg(m_session.user().displayName, core::labelOf(m_session.user().role)));
        m_error->show();
        return false;
    }
    auto cal = calendar();
    if (!cal) {
        showError(cal.error());
        return false;
    }
    auto pol = policies();
    if (!pol) {
        showError(pol.error());
        return false;
    }
    // Each write re-derives every open case's due times: on a large store
    // that is seconds of work, so only what changed is written, and off the
    // GUI thread.
    const bool calendarChanged = !m_savedCalendar || !(*m_savedCalendar == *cal);
    const bool policiesChanged = !m_savedPolicies || !(*m_savedPolicies == *pol);
    if (!calendarChanged && !policiesChanged) {
        m_status->setText(tr("Nothing has changed."));
        return true;
    }
    core::Status written;
    runWithProgress(
        this, tr("Moving the due times of open cases…"),
        [&, newCalendar = *cal, newPolicies = *pol](TaskProgress&) {
            core::SlaRepository repo(m_session.db(), m_session.user());
            if (calendarChanged && policiesChanged)
                written = repo.setSettings(newCalendar, newPolicies);
            else if (calendarChanged)
                written = repo.setCalendar(newCalendar);
            else
                written = repo.setPolicies(newPolicies);
            m_session.db().releaseThreadConnection();
        },
        false);
    if (!written) {
        showError(written.error());
        return false;
    }
    m_savedCalendar = *cal;
    m_savedPolicies = *pol;
    m_status->setText(tr("Saved. The due times of every case still awaiting resolution follow the new %1; "
                         "escalations already made stay made.")
                          .arg(calendarChanged && policiesChanged ? tr("calendar and targets")
                               : calendarChanged                  ? tr("calendar")
                                                                  : tr("targets")));
    Q_EMIT saved();
    return true;
}

void SlaSettingsDialog::addHoliday()
{
    const int row = m_holidays->rowCount();
    m_holidays->insertRow(row);
    m_holidays->setItem(row, HolidayFrom, new QTableWidgetItem);
    m_holidays->setItem(row, HolidayTo, new QTableWidgetItem);
    m_holidays->setItem(row, HolidayName, new QTableWidgetItem);
    m_holidays->setCurrentCell(row, HolidayFrom);
    m_holidays->setFocus(Qt::OtherFocusReason);
    m_holidays->editItem(m_holidays->item(row, HolidayFrom));
}

void SlaSettingsDialog::removeHoliday()
{
    const int row = m_holidays->currentRow();
    if (row < 0)
        return;
    m_holidays->removeRow(row);
    m_status->clear();
}

bool SlaSettingsDialog::holidayRowBlank(int row) const
{
    for (int column : {HolidayFrom, HolidayTo, HolidayName}) {
        if (!cellText(m_holidays, row, column).isEmpty())
            return false;
    }
    return true;
}

QWidget* SlaSettingsDialog::fieldWidget(const QString& field)
{
    static const QRegularExpression weekField(QStringLiteral("^week\\.(\\w+)\\[\\d+\\]$"));
    static const QRegularExpression holidayField(QStringLiteral("^holidays\\[(\\d+)\\]$"));
    static const QRegularExpression slaField(QStringLiteral("^sla\\.(\\w+)\\.(\\w+)$"));
    if (field == QLatin1String("zone"))
        return m_zone;
    if (field == QLatin1String("week"))
        return m_hours[0];
    if (const auto m = weekField.match(field); m.hasMatch()) {
        for (int day = 0; day < 7; ++day) {
            if (m.captured(1) == QLatin1String(dayKeys[day]))
                return m_hours[day];
        }
    }
    if (const auto m = holidayField.match(field); m.hasMatch()) {
        // The core counts the holidays given, which skip blank rows.
        int index = m.captured(1).toInt();
        for (int row = 0; row < m_holidays->rowCount(); ++row) {
            if (holidayRowBlank(row))
                continue;
            if (index-- == 0) {
                m_holidays->setCurrentCell(row, HolidayFrom);
                return m_holidays;
            }
        }
    }
    if (const auto m = slaField.match(field); m.hasMatch()) {
        const QList<core::Priority> rows = targetRows();
        for (int r = 0; r < rows.size(); ++r) {
            if (core::keyOf(rows[r]) != m.captured(1))
                continue;
            for (int c = 0; c < 4; ++c) {
                if (m.captured(2) == QLatin1String(targetKeys[c])) {
                    m_targets->setCurrentCell(r, c);
                    return m_targets;
                }
            }
        }
    }
    return nullptr;
}

void SlaSettingsDialog::showError(const core::Error& error)
{
    m_errorField = error.field;
    m_error->setText(error.message);
    m_error->show();
    m_status->clear();
    if (QWidget* w = fieldWidget(error.field)) {
        // The typed text stays as it is; the field is marked and focused.
        if (w != m_holidays && w != m_targets) {
            w->setStyleSheet(QStringLiteral("border: 1px solid #b00020;"));
            m_marked = w;
        }
        w->setFocus(Qt::OtherFocusReason);
        if (auto* edit = qobject_cast<QLineEdit*>(w))
            edit->selectAll();
    }
}

void SlaSettingsDialog::clearError()
{
    m_errorField.clear();
    m_error->hide();
    if (m_marked) {
        m_marked->setStyleSheet(QString());
        m_marked = nullptr;
    }
}

} // namespace redress::ui
