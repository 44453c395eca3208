#include "ui/sla/SlaPanel.h"

#include "core/Clock.h"
#include "core/store/CaseRepository.h"
#include "ui/cases/CaseListModel.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Session.h"
#include "ui/sla/EscalateDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace redress::ui {

namespace {

// "4 Aug 09:09" this year, "4 Aug 2025" before: the panel is narrow, and
// every such time has its full form in a tooltip.
QString when(const QDateTime& t)
{
    if (!t.isValid())
        return {};
    const QDateTime local = t.toLocalTime();
    const bool thisYear = local.date().year() == core::Clock::now().toLocalTime().date().year();
    return QLocale().toString(local, thisYear ? QStringLiteral("d MMM HH:mm") : QStringLiteral("d MMM yyyy"));
}

QString fullWhen(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::LongFormat) : QString();
}

/// One line that ends in "…" when the pane is too narrow for it, the whole
/// text in its tooltip: a long reason must neither widen the detail pane
/// nor push what follows out of sight.
class ElidedLabel : public QLabel
{
public:
    explicit ElidedLabel(const QString& text) : QLabel(text)
    {
        setTextFormat(Qt::PlainText);
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        setToolTip(text);
    }
    QSize minimumSizeHint() const override { return {0, QLabel::minimumSizeHint().height()}; }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        const QRect r = contentsRect();
        style()->drawItemText(&painter, r, int(alignment()), palette(), isEnabled(),
                              fontMetrics().elidedText(text(), Qt::ElideRight, r.width()), foregroundRole());
    }
};

// Business time in hours and minutes: a "day" of business time is not a
// calendar day, so it is never shown in days.
QString businessSpan(qint64 msecs)
{
    const qint64 minutes = std::max<qint64>(msecs, 0) / (60 * 1000);
    if (minutes < 60)
        return SlaPanel::tr("%1 min").arg(minutes);
    if (minutes % 60 == 0 || minutes >= 100 * 60)
        return SlaPanel::tr("%1 h").arg(minutes / 60);
    return SlaPanel::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

bool awaitsResolution(core::CaseStatus s)
{
    return s != core::CaseStatus::Resolved && s != core::CaseStatus::FollowUp &&
           s != core::CaseStatus::Closed;
}

bool leadOrAbove(core::Role r)
{
    return r == core::Role::Lead || r == core::Role::Executive || r == core::Role::Admin;
}

/// Records one of the executive's obligations: what was done, in a note
/// the core requires. The core's refusal stays in the dialog.
class ObligationDialog : public QDialog
{
public:
    ObligationDialog(const Session& session, qint64 escalationId, core::Obligation::Kind kind,
                     const QString& reference, QWidget* parent)
        : QDialog(parent), m_session(session), m_escalationId(escalationId), m_kind(kind)
    {
        setObjectName(QStringLiteral("obligationDialog"));
        setWindowTitle(SlaPanel::tr("Record an obligation for %1").arg(reference));
        auto* form = new QFormLayout(this);
        auto* what = new QLabel(core::labelOf(kind));
        what->setWordWrap(true);
        QFont bold = what->font();
        bold.setBold(true);
        what->setFont(bold);
        form->addRow(what);
        m_note = new QPlainTextEdit;
        m_note->setObjectName(QStringLiteral("obligationNote"));
        m_note->setTabChangesFocus(true);
        m_note->setAccessibleName(SlaPanel::tr("What was done"));
        m_note->setPlaceholderText(kind == core::Obligation::Kind::ExecutiveCall
                                       ? SlaPanel::tr("Whom you spoke to, and what you promised")
                                   : kind == core::Obligation::Kind::RepairEstimate
                                       ? SlaPanel::tr("The estimate given, and what it rests on")
                                       : SlaPanel::tr("More frequent maintenance, redundancy, training …"));
        m_note->setMaximumHeight(fontMetrics().lineSpacing() * 5);
        form->addRow(SlaPanel::tr("&What was done:"), m_note);
        m_error = new QLabel;
        m_error->setObjectName(QStringLiteral("obligationError"));
        m_error->setWordWrap(true);
        m_error->setTextFormat(Qt::PlainText);
        m_error->hide();
        form->addRow(m_error);
        m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
        m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
        m_buttons->button(QDialogButtonBox::Save)->setToolTip(SlaPanel::tr("Record it (Ctrl+Enter)"));
        connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        form->addRow(m_buttons);
        for (const QKeySequence& key :
             {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
            auto* shortcut = new QShortcut(key, this);
            connect(shortcut, &QShortcut::activated, this, &QDialog::accept);
        }
        connect(m_note, &QPlainTextEdit::textChanged, this, [this] { updateOk(); });
        updateOk();
        m_note->setFocus();
        resize(460, sizeHint().height());
    }

    void accept() override
    {
        if (!m_buttons->button(QDialogButtonBox::Save)->isEnabled())
            return;
        auto ok = core::EscalationRepository(m_session.db(), m_session.user())
                      .recordObligation(m_escalationId, m_kind, m_note->toPlainText());
        if (!ok) {
            m_error->setText(ok.error().message);
            m_error->show();
            return;
        }
        QDialog::accept();
    }

private:
    void updateOk()
    {
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_note->toPlainText().trimmed().isEmpty());
    }

    const Session& m_session;
    qint64 m_escalationId = 0;
    core::Obligation::Kind m_kind;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

enum TargetColumn
{
    TargetName,
    TargetDue,
    TargetMet,
    TargetTaken,
    TargetState,
    TargetColumns
};

} // namespace

SlaPanel::SlaPanel(const Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("slaPanel"));
    // Its own height, never less: squeezed, its one-line rows would clip.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_group = new QGroupBox(tr("Service level"));
    m_group->setObjectName(QStringLiteral("slaGroup"));
    outer->addWidget(m_group);
    auto* layout = new QVBoxLayout(m_group);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("slaSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);

    m_targets = new QTreeWidget;
    m_targets->setObjectName(QStringLiteral("slaTargets"));
    m_targets->setAccessibleName(tr("Service level targets"));
    m_targets->setRootIsDecorated(false);
    m_targets->setUniformRowHeights(true);
    m_targets->setSelectionMode(QAbstractItemView::NoSelection);
    m_targets->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_targets->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_targets->setHeaderLabels({tr("Target"), tr("Due"), tr("Met"), tr("Business time"), tr("State")});
    m_targets->headerItem()->setToolTip(TargetTaken,
                                        tr("Business time from opening until met (or until now), "
                                           "time waiting on the customer excluded"));
    m_targets->header()->setStretchLastSection(true);
    m_targets->header()->setSectionsMovable(false);
    layout->addWidget(m_targets);

    // Pauses, then escalations with their obligations, one line each.
    m_historyBox = new QWidget;
    m_historyBox->setObjectName(QStringLiteral("slaHistory"));
    m_historyLayout = new QVBoxLayout(m_historyBox);
    m_historyLayout->setContentsMargins(0, 0, 0, 0);
    m_historyLayout->setSpacing(2);
    layout->addWidget(m_historyBox);

    m_wait = new QAction(this);
    m_wait->setObjectName(QStringLiteral("slaWaitAction"));
    m_wait->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    connect(m_wait, &QAction::triggered, this, &SlaPanel::toggleWaiting);
    m_escalate = new QAction(tr("&Escalate…"), this);
    m_escalate->setObjectName(QStringLiteral("slaEscalateAction"));
    m_escalate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_escalate, &QAction::triggered, this, &SlaPanel::escalate);

    auto* buttons = new QHBoxLayout;
    m_waitButton = new QPushButton;
    m_waitButton->setObjectName(QStringLiteral("waitButton"));
    m_escalateButton = new QPushButton;
    m_escalateButton->setObjectName(QStringLiteral("escalateButton"));
    // The buttons mirror their actions, so the menu, the shortcut and the
    // button can never disagree about what is possible.
    for (auto [button, action] : {std::pair{m_waitButton, m_wait}, std::pair{m_escalateButton, m_escalate}}) {
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button, [button, action] {
            button->setText(action->text());
            button->setEnabled(action->isEnabled());
            button->setToolTip(action->toolTip());
        });
        buttons->addWidget(button);
    }
    buttons->addStretch();
    layout->addLayout(buttons);

    // Countdowns move with the clock; nothing needs reading for that.
    m_tick.setInterval(CaseListModel::countdownIntervalMs);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (m_history)
            renderTargets();
    });
    m_tick.start();
    connect(&m_session, &Session::userChanged, this, &SlaPanel::render);
    showCase(0);
}

void SlaPanel::showCase(qint64 caseId)
{
    m_caseId = caseId;
    m_history.reset();
    m_escalations.clear();
    const auto load = [&]() -> core::Status {
        auto c = core::CaseRepository(m_session.db(), 0).get(caseId);
        if (!c)
            return std::unexpected(c.error());
        auto h = core::SlaRepository(m_session.db(), m_session.user()).history(caseId, core::Clock::now());
        if (!h)
            return std::unexpected(h.error());
        auto e = core::EscalationRepository(m_session.db(), m_session.user()).forCase(caseId);
        if (!e)
            return std::unexpected(e.error());
        m_status = c->status;
        m_history = *h;
        m_escalations = *e;
        return {};
    };
    QString problem;
    if (caseId > 0) {
        if (auto ok = load(); !ok)
            problem = ok.error().message;
    }
    render();
    if (!problem.isEmpty())
        m_summary->setText(tr("The service level could not be read: %1").arg(problem.toHtmlEscaped()));
}

void SlaPanel::render()
{
    m_group->setVisible(m_caseId > 0);
    if (!m_history) {
        m_summary->clear();
        m_targets->clear();
        m_targets->hide();
        renderHistory();
        updateActions();
        return;
    }
    const core::SlaHistory& h = *m_history;
    QString priority = core::labelOf(h.priority).toHtmlEscaped();
    if (h.priority == core::Priority::Emergency)
        priority = QStringLiteral("<span style=\"color:%1\">%2</span>")
                       .arg(CaseListModel::alarmColor().name(), priority);
    QStringList parts{tr("Priority: <b>%1</b>").arg(priority),
                      tr("With: <b>%1</b>").arg(core::labelOf(h.level).toHtmlEscaped())};
    if (h.waiting)
        parts << tr("<i>waiting on the customer</i>");
    else if (h.nextEscalation.isValid() && awaitsResolution(m_status))
        parts << tr("Next rung due %1").arg(when(h.nextEscalation).toHtmlEscaped());
    if (h.targets.aroundTheClock)
        parts << tr("around the clock");
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_summary->setToolTip(
        h.nextEscalation.isValid() && !h.waiting
            ? tr("The rules move the case up a rung at %1 unless its targets are met.")
                  .arg(QLocale().toString(h.nextEscalation.toLocalTime(), QLocale::LongFormat))
            : QString());

    m_targets->show();
    renderTargets();

    renderHistory();
    updateActions();
}

void SlaPanel::renderTargets()
{
    m_targets->clear();
    if (!m_history)
        return;
    const core::SlaHistory& h = *m_history;
    const QDateTime now = core::Clock::now();
    const bool open = awaitsResolution(m_status);
    QList<QTreeWidgetItem*> items;
    for (const core::SlaTargetState& s : h.states) {
        auto* item = new QTreeWidgetItem;
        item->setText(TargetName, core::labelOf(s.kind));
        item->setText(TargetDue, s.due.isValid() ? when(s.due) : tr("—"));
        if (s.due.isValid())
            item->setToolTip(TargetDue, fullWhen(s.due));
        else if (h.waiting)
            item->setToolTip(TargetDue, tr("Not known while the clock stands still"));
        item->setText(TargetMet, when(s.actual));
        item->setToolTip(TargetMet, fullWhen(s.actual));
        item->setText(TargetTaken, businessSpan(s.businessMsecs));
        if (!s.met()) {
            QFont italic = item->font(TargetTaken);
            italic.setItalic(true);
            item->setFont(TargetTaken, italic);
            item->setToolTip(TargetTaken, tr("So far"));
        }
        QString state;
        QFont font = item->font(TargetState);
        if (s.met()) {
            const bool late = s.due.isValid() && s.actual > s.due;
            state = late ? tr("met late") : tr("met");
            if (late)
                item->setForeground(TargetState, CaseListModel::alarmColor());
        } else if (h.waiting && !s.due.isValid()) {
            state = tr("paused");
            font.setItalic(true);
        } else if (!open || !s.due.isValid()) {
            state = tr("—");
        } else {
            const bool overdue = now > s.due;
            state = overdue ? CaseListModel::countdownText(s.due, now)
                            : tr("due %1").arg(CaseListModel::countdownText(s.due, now));
            font.setBold(overdue);
            const QBrush tint = CaseListModel::dueBackground(s.due, now);
            if (tint.style() != Qt::NoBrush)
                item->setBackground(TargetState, tint);
        }
        item->setText(TargetState, state);
        item->setFont(TargetState, font);
        items << item;
    }
    m_targets->addTopLevelItems(items);
    for (int c = TargetName; c < TargetState; ++c)
        m_targets->resizeColumnToContents(c);
    // Exactly the three rows: the table never scrolls.
    const int rows = m_targets->topLevelItemCount();
    const int rowHeight = rows ? m_targets->sizeHintForRow(0) : m_targets->fontMetrics().height();
    m_targets->setFixedHeight(m_targets->header()->sizeHint().height() + rows * rowHeight +
                              2 * m_targets->frameWidth());
}

void SlaPanel::renderHistory()
{
    // A Record… button may be the sender of the signal that led here, so
    // the old rows go later; out of the panel at once, though.
    while (QLayoutItem* item = m_historyLayout->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
    m_recordButtons.clear();
    const QList<core::SlaPause> pauses = m_history ? m_history->pauses : QList<core::SlaPause>();
    m_historyBox->setVisible(!pauses.isEmpty() || !m_escalations.isEmpty());
    int n = 0;
    for (const core::SlaPause& p : pauses) {
        QString span = p.end.isValid() ? tr("%1 – %2 (%3)")
                                             .arg(when(p.start), when(p.end),
                                                  CaseListModel::spanText(p.start.msecsTo(p.end)))
                                       : tr("since %1").arg(when(p.start));
        QStringList parts{tr("Waiting on customer: %1").arg(span)};
        if (!p.startedBy.isEmpty())
            parts << p.startedBy;
        if (!p.reason.isEmpty())
            parts << tr("“%1”").arg(p.reason);
        auto* line = new ElidedLabel(parts.join(QStringLiteral(" · ")));
        line->setObjectName(QStringLiteral("pause_%1").arg(n++));
        m_historyLayout->addWidget(line);
    }
    const bool mayRecord = leadOrAbove(m_session.user().role);
    const bool resolved = !awaitsResolution(m_status);
    for (const core::Escalation& e : m_escalations) {
        const QString why =
            e.rule == core::EscalationRule::Manual ? tr("“%1”").arg(e.reason) : core::labelOf(e.rule);
        auto* line = new ElidedLabel(tr("Escalated %1: %2 → %3 · %4 · by %5")
                                         .arg(when(e.at), core::labelOf(e.from), core::labelOf(e.to), why,
                                              e.by.isEmpty() ? tr("the rules") : e.by));
        line->setObjectName(QStringLiteral("escalation_%1").arg(e.id));
        QString tip = line->text();
        if (e.dueAt.isValid())
            tip += QLatin1Char('\n') + tr("The target missed was due %1.").arg(fullWhen(e.dueAt));
        line->setToolTip(tip);
        m_historyLayout->addWidget(line);
        if (e.obligations.isEmpty())
            continue;
        auto* box = new QWidget;
        auto* grid = new QGridLayout(box);
        // Indented under the escalation that brought them.
        grid->setContentsMargins(fontMetrics().averageCharWidth() * 3, 0, 0, 0);
        grid->setVerticalSpacing(2);
        // The obligation's name first; what was done fits in the rest and
        // is whole in its tooltip.
        grid->setColumnStretch(1, 1);
        int row = 0;
        for (const core::Obligation& o : e.obligations) {
            auto* title = new ElidedLabel(core::labelOf(o.kind));
            title->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
            auto* state = new ElidedLabel(
                o.done() ? tr("✓ %1, %2: “%3”").arg(o.doneBy, when(o.doneAt), o.note) : tr("owed"));
            state->setObjectName(QStringLiteral("obligationState_%1").arg(core::keyOf(o.kind)));
            if (!o.done()) {
                QFont f = state->font();
                f.setBold(true);
                state->setFont(f);
                state->setMinimumWidth(QFontMetrics(f).horizontalAdvance(state->text()));
            }
            const bool withButton = !o.done() && mayRecord;
            grid->addWidget(title, row, 0);
            grid->addWidget(state, row, 1, 1, withButton ? 1 : 2);
            if (withButton) {
                auto* record = new QPushButton(tr("Recor&d…"));
                record->setObjectName(QStringLiteral("recordObligation_%1").arg(core::keyOf(o.kind)));
                record->setAccessibleName(tr("Record: %1").arg(core::labelOf(o.kind)));
                const bool waitsForResolution = o.kind == core::Obligation::Kind::Prevention && !resolved;
                record->setEnabled(!waitsForResolution);
                record->setToolTip(waitsForResolution
                                       ? tr("The prevention suggestion comes after resolution.")
                                       : tr("Record what was done"));
                const qint64 escalationId = e.id;
                const core::Obligation::Kind kind = o.kind;
                connect(record, &QPushButton::clicked, this,
                        [this, escalationId, kind] { recordObligation(escalationId, kind); });
                grid->addWidget(record, row, 2);
                m_recordButtons << record;
            }
            ++row;
        }
        m_historyLayout->addWidget(box);
    }
    // Tab goes through the table, the obligations, then the actions.
    QWidget* previous = m_targets;
    for (QPushButton* b : std::as_const(m_recordButtons)) {
        setTabOrder(previous, b);
        previous = b;
    }
    setTabOrder(previous, m_waitButton);
    setTabOrder(m_waitButton, m_escalateButton);
}

void SlaPanel::updateActions()
{
    const bool shown = m_caseId > 0 && m_history.has_value();
    const bool waiting = shown && m_history->waiting;
    const bool open = shown && awaitsResolution(m_status);
    m_wait->setText(waiting ? tr("C&ustomer replied") : tr("&Waiting on customer…"));
    m_wait->setEnabled(waiting || open);
    const QString waitKey = m_wait->shortcut().toString(QKeySequence::NativeText);
    m_wait->setToolTip(waiting ? tr("Restart the SLA clock: the customer answered (%1)").arg(waitKey)
                       : open
                           ? tr("Stop the SLA clock while the case waits on the customer (%1)").arg(waitKey)
                           : tr("Only a case awaiting resolution has a clock to stop"));
    m_wait->setStatusTip(m_wait->toolTip());

    // The core decides; the action only shows what it would say.
    const core::EscalationLevel level = shown ? m_history->level : core::EscalationLevel::Rep;
    const QString escalateKey = m_escalate->shortcut().toString(QKeySequence::NativeText);
    QString tip = tr("Escalate the case one rung up the ladder, with a reason (%1)").arg(escalateKey);
    bool possible = shown;
    if (shown && m_status == core::CaseStatus::Closed) {
        possible = false;
        tip = tr("A closed case is not escalated; reopen it first");
    } else if (shown && level == core::EscalationLevel::Executive) {
        possible = false;
        tip = tr("Already with the service executive, the top of the ladder");
    } else if (shown && level == core::EscalationLevel::Lead && !leadOrAbove(m_session.user().role)) {
        possible = false;
        tip = tr("Already with the team lead; only a lead takes it on to the service executive");
    }
    m_escalate->setEnabled(possible);
    m_escalate->setToolTip(tip);
    m_escalate->setStatusTip(tip);
}

bool SlaPanel::runDialog(QDialog* dialog)
{
    return m_dialogs.run(*dialog) == QDialog::Accepted;
}

void SlaPanel::afterWrite()
{
    showCase(m_caseId);
    Q_EMIT changed();
}

void SlaPanel::toggleWaiting()
{
    if (!m_history || m_caseId <= 0)
        return;
    const QString ref = core::referenceFor(m_caseId);
    if (m_history->waiting) {
        if (auto ok = core::SlaRepository(m_session.db(), m_session.user()).stopWaiting(m_caseId); !ok) {
            MessageBox::critical(this, tr("Customer replied"),
                                 tr("The clock of %1 was not restarted.\n\n%2").arg(ref, ok.error().message));
            showCase(m_caseId);
            return;
        }
        afterWrite();
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("waitDialog"));
    dialog.setWindowTitle(tr("Waiting on the customer: %1").arg(ref));
    auto* form = new QFormLayout(&dialog);
    auto* explain =
        new QLabel(tr("The SLA clock of %1 stops until the customer replies; its due times move out "
                      "by the business time waited.")
                       .arg(ref));
    explain->setWordWrap(true);
    form->addRow(explain);
    auto* reason = new QLineEdit;
    reason->setObjectName(QStringLiteral("waitReason"));
    reason->setPlaceholderText(tr("What we are waiting for (optional)"));
    form->addRow(tr("&Reason:"), reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Stop the clock"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    reason->setFocus();
    dialog.resize(440, dialog.sizeHint().height());
    if (!runDialog(&dialog))
        return;
    if (auto ok =
            core::SlaRepository(m_session.db(), m_session.user()).startWaiting(m_caseId, reason->text());
        !ok) {
        MessageBox::critical(this, tr("Waiting on the customer"),
                             tr("The clock of %1 was not stopped.\n\n%2").arg(ref, ok.error().message));
        showCase(m_caseId);
        return;
    }
    afterWrite();
}

void SlaPanel::escalate()
{
    if (m_caseId <= 0)
        return;
    EscalateDialog dialog(m_session, m_caseId, this);
    if (runDialog(&dialog))
        afterWrite();
    else
        showCase(m_caseId); // a refusal may mean the case moved meanwhile
}

void SlaPanel::recordObligation(qint64 escalationId, core::Obligation::Kind kind)
{
    ObligationDialog dialog(m_session, escalationId, kind, core::referenceFor(m_caseId), this);
    if (runDialog(&dialog))
        afterWrite();
}

} // namespace redress::ui
