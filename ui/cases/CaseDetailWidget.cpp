#include "ui/cases/CaseDetailWidget.h"

#include "core/cases/Lifecycle.h"
#include "core/report/Reports.h"
#include "core/store/CaseRepository.h"
#include "core/store/EscalationRepository.h"
#include "core/store/FollowUpRepository.h"
#include "core/store/RecoveryRepository.h"
#include "ui/common/Session.h"
#include "ui/mail/ThreadView.h"
#include "ui/recovery/RecoveryPanel.h"
#include "ui/sla/SlaPanel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>
#include <utility>

namespace redress::ui {

namespace {

QString joinPresent(const QStringList& parts)
{
    return QStringList(parts).filter(QRegularExpression(QStringLiteral("\\S"))).join(QStringLiteral(" — "));
}

QString quoted(const QString& text)
{
    return text.trimmed().isEmpty() ? QString() : CaseDetailWidget::tr("“%1”").arg(text.trimmed());
}

// "9 — champion": a follow-up score with its class.
QString scoreText(int score)
{
    QString cls;
    switch (core::npsClassOf(score)) {
    case core::NpsClass::Champion: cls = CaseDetailWidget::tr("champion"); break;
    case core::NpsClass::Passive: cls = CaseDetailWidget::tr("passive"); break;
    case core::NpsClass::Detractor: cls = CaseDetailWidget::tr("detractor"); break;
    }
    return QStringLiteral("%1 — %2").arg(score).arg(cls);
}

// Events of the service level and the follow-up, or nothing for other events.
std::optional<std::pair<QString, QString>> slaEventText(const core::CaseEvent& e)
{
    if (e.field == QLatin1String("follow_up") && e.kind != core::CaseEvent::Kind::Created) {
        bool ok = false;
        const int score = e.newValue.toInt(&ok);
        return std::pair{CaseDetailWidget::tr("Follow-up"),
                         joinPresent({ok ? scoreText(score) : e.newValue, quoted(e.note)})};
    }
    if (e.kind != core::CaseEvent::Kind::FieldChanged)
        return std::nullopt;
    if (e.field == QLatin1String("waiting")) {
        if (!e.newValue.isEmpty())
            return std::pair{CaseDetailWidget::tr("Waiting on customer"),
                             joinPresent({CaseDetailWidget::tr("clock stopped"), quoted(e.note)})};
        return std::pair{CaseDetailWidget::tr("Customer replied"),
                         CaseDetailWidget::tr("clock running again")};
    }
    if (e.field == QLatin1String("escalation"))
        return std::pair{
            CaseDetailWidget::tr("Escalated"),
            joinPresent({QStringLiteral("%1 → %2").arg(core::displayEventValue(e.field, e.oldValue),
                                                       core::displayEventValue(e.field, e.newValue)),
                         e.note})};
    if (e.field == QLatin1String("obligation"))
        return std::pair{CaseDetailWidget::tr("Obligation met"),
                         joinPresent({core::displayEventValue(e.field, e.newValue), quoted(e.note)})};
    return std::nullopt;
}

// The conversation's entries in the timeline: what happened to a message;
// the note is its subject, the value its hash.
std::optional<QString> messageEventText(const core::CaseEvent& e)
{
    if (e.kind != core::CaseEvent::Kind::Note)
        return std::nullopt;
    if (e.field == QLatin1String("message_in"))
        return CaseDetailWidget::tr("Mail received");
    if (e.field == QLatin1String("message_out"))
        return CaseDetailWidget::tr("Mail queued");
    if (e.field == QLatin1String("message_undelivered"))
        return CaseDetailWidget::tr("Mail undelivered");
    if (e.field == QLatin1String("message_failed"))
        return CaseDetailWidget::tr("Mail not sent");
    return std::nullopt;
}

QString eventText(const core::CaseEvent& e)
{
    using K = core::CaseEvent::Kind;
    if (auto sla = slaEventText(e))
        return sla->first;
    if (auto mail = messageEventText(e))
        return *mail;
    switch (e.kind) {
    case K::Created: return CaseDetailWidget::tr("Case opened");
    case K::StatusChanged: return CaseDetailWidget::tr("Status");
    case K::Assigned: return CaseDetailWidget::tr("Owner");
    case K::FieldChanged: return CaseDetailWidget::tr("Changed %1").arg(e.field);
    case K::Note: return CaseDetailWidget::tr("Note");
    case K::Recovery: return CaseDetailWidget::tr("Recovery: %1").arg(e.field);
    }
    return {};
}

QString changeText(const core::CaseEvent& e)
{
    if (auto sla = slaEventText(e))
        return sla->second;
    if (e.kind == core::CaseEvent::Kind::Note)
        return e.note;
    if (e.kind == core::CaseEvent::Kind::Recovery)
        return QStringList{e.newValue, e.note}
            .filter(QRegularExpression(QStringLiteral("\\S")))
            .join(QStringLiteral(" — "));
    const QString from = core::displayEventValue(e.field, e.oldValue);
    const QString to = core::displayEventValue(e.field, e.newValue);
    const QString nobody = CaseDetailWidget::tr("nobody");
    if (e.kind == core::CaseEvent::Kind::Created)
        return to;
    if (e.kind == core::CaseEvent::Kind::Assigned)
        return QStringLiteral("%1 → %2").arg(from.isEmpty() ? nobody : from, to.isEmpty() ? nobody : to);
    return QStringLiteral("%1 → %2").arg(from, to);
}

} // namespace

CaseDetailWidget::CaseDetailWidget(const Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("caseDetail"));
    auto* outer = new QVBoxLayout(this);
    m_empty = new QLabel(tr("Select a case to see it here, or press Ctrl+N to log a new complaint."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    outer->addWidget(m_empty);

    // A case with escalations and obligations can be taller than the pane:
    // then the pane scrolls rather than squeezing its parts until they clip.
    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("caseDetailScroll"));
    m_scroll->setAccessibleName(tr("Case details"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The conversation is a page of its own: a thread needs the pane's whole
    // height, which the case's facts, clocks and steps already fill.
    m_conversation = new ThreadView(m_session);
    connect(m_conversation, &ThreadView::replyRequested, this, &CaseDetailWidget::replyRequested);
    connect(m_conversation, &ThreadView::reloaded, this, &CaseDetailWidget::showConversationCount);
    m_pages = new QTabWidget;
    m_pages->setObjectName(QStringLiteral("casePages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_scroll, tr("Case"));
    m_pages->addTab(m_conversation, tr("Conversation"));
    outer->addWidget(m_pages);
    m_body = new QWidget;
    m_scroll->setWidget(m_body);
    auto* layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("caseTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    m_facts = new QLabel;
    m_facts->setObjectName(QStringLiteral("caseFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_facts);

    m_sla = new SlaPanel(m_session);
    connect(m_sla, &SlaPanel::changed, this, [this] {
        reload();
        Q_EMIT caseChanged();
    });
    layout->addWidget(m_sla);

    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("caseDescription"));
    m_description->setReadOnly(true);
    m_description->setAccessibleName(tr("What went wrong"));
    m_description->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_description->setTabChangesFocus(true);
    layout->addWidget(m_description);

    m_recovery = new RecoveryPanel;
    connect(m_recovery, &RecoveryPanel::stepRequested, this, &CaseDetailWidget::recoveryStepRequested);
    layout->addWidget(m_recovery);

    auto* actions = new QHBoxLayout;
    m_moves = new QHBoxLayout;
    actions->addLayout(m_moves);
    actions->addStretch();
    m_edit = new QPushButton(tr("Edi&t…"));
    m_edit->setObjectName(QStringLiteral("editCaseButton"));
    m_edit->setToolTip(tr("Change the case's facts (F2)"));
    connect(m_edit, &QPushButton::clicked, this, &CaseDetailWidget::editRequested);
    actions->addWidget(m_edit);
    m_assign = new QPushButton(tr("Assi&gn…"));
    m_assign->setObjectName(QStringLiteral("assignButton"));
    connect(m_assign, &QPushButton::clicked, this, &CaseDetailWidget::assignRequested);
    actions->addWidget(m_assign);
    layout->addLayout(actions);

    auto* noteRow = new QHBoxLayout;
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("Add a note to the timeline and press Enter"));
    m_note->setAccessibleName(tr("Note"));
    connect(m_note, &QLineEdit::returnPressed, this, [this] {
        if (!m_note->text().trimmed().isEmpty())
            Q_EMIT noteRequested(m_note->text());
    });
    noteRow->addWidget(m_note);
    layout->addLayout(noteRow);

    m_timeline = new QTreeWidget;
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setAccessibleName(tr("Timeline"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setUniformRowHeights(true);
    m_timeline->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Change")});
    m_timeline->header()->setStretchLastSection(true);
    m_timeline->setMinimumHeight(fontMetrics().lineSpacing() * 9);
    layout->addWidget(m_timeline, 1);

    showCase(0);
}

void CaseDetailWidget::clearNote()
{
    m_note->clear();
}

QAction* CaseDetailWidget::escalateAction() const
{
    return m_sla->escalateAction();
}

void CaseDetailWidget::showConversation()
{
    m_pages->setCurrentWidget(m_conversation);
}

QAction* CaseDetailWidget::waitAction() const
{
    return m_sla->waitAction();
}

void CaseDetailWidget::showCase(qint64 caseId)
{
    // Showing the same case again (a write here or at another desk) keeps
    // the note the rep is typing; another case starts with an empty one.
    const bool again = caseId != 0 && caseId == m_caseId;
    m_caseId = caseId;
    std::optional<core::Case> loaded;
    if (caseId > 0) {
        if (auto c = core::CaseRepository(m_session.db(), 0).get(caseId))
            loaded = *c;
    }
    m_pages->setVisible(loaded.has_value());
    m_body->setVisible(loaded.has_value());
    m_empty->setVisible(!loaded);
    if (!loaded) {
        m_caseId = 0;
        m_case = {};
        m_sla->showCase(0);
        m_conversation->showCase(0);
        return;
    }
    m_case = *loaded;
    const core::Case& c = m_case;
    m_title->setText(QStringLiteral("%1 · %2").arg(c.reference(), core::labelOf(c.status)));
    const QLocale locale;
    const QString customer =
        tr("Customer: %1%2")
            .arg(c.customerName, c.company.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.company));
    const QString sep = QStringLiteral(" · ");
    // Two facts a line: the pane is narrow, and tall enough only just.
    QStringList facts;
    facts << customer + sep +
                 tr("Lifetime value: %1").arg(locale.toString(c.customerLifetimeValueCents / 100.0, 'f', 2))
          << tr("Product: %1").arg(c.productName) + sep + tr("Channel: %1").arg(core::labelOf(c.channel))
          << tr("Severity: %1 · Business impact: %2 · Priority: %3")
                 .arg(core::labelOf(c.severity), core::labelOf(c.impact), core::labelOf(c.priority))
          << tr("Owner: %1").arg(c.ownerName.isEmpty() ? tr("nobody yet") : c.ownerName) + sep +
                 tr("Opened: %1").arg(locale.toString(c.openedAt.toLocalTime(), QLocale::ShortFormat));
    if (auto followUp = core::FollowUpRepository(m_session.db(), core::User{}).get(caseId);
        followUp && *followUp) {
        const core::FollowUp& f = **followUp;
        QString line = tr("Follow-up: %1").arg(scoreText(f.score));
        if (f.priorScore)
            line += tr(" (was %1)").arg(*f.priorScore);
        if (!f.comment.trimmed().isEmpty())
            line += sep + f.comment.trimmed();
        facts << line;
    }
    m_facts->setText(facts.join(QLatin1Char('\n')));
    m_description->setPlainText(c.description);
    m_sla->showCase(caseId);
    if (auto state = core::RecoveryRepository(m_session.db(), core::User{}).state(caseId))
        m_recovery->show(c, *state);

    while (QLayoutItem* item = m_moves->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (core::CaseStatus to : core::Lifecycle::next(c.status)) {
        auto* button = new QPushButton(core::Lifecycle::actionLabel(to));
        button->setObjectName(QStringLiteral("move_") + core::keyOf(to));
        connect(button, &QPushButton::clicked, this, [this, to] { Q_EMIT transitionRequested(to); });
        m_moves->addWidget(button);
    }

    if (!again)
        m_note->clear();
    m_timeline->clear();
    if (auto events = core::CaseRepository(m_session.db(), 0).timeline(caseId)) {
        QList<QTreeWidgetItem*> items;
        for (const core::CaseEvent& e : *events) {
            auto* item = new QTreeWidgetItem(QStringList{
                locale.toString(e.at.toLocalTime(), QLocale::ShortFormat),
                e.actor.isEmpty() && e.field == QLatin1String("escalation") ? tr("the rules") : e.actor,
                eventText(e), changeText(e)});
            // Reasons and notes run long; the whole text is a hover away.
            item->setToolTip(3, item->text(3));
            items << item;
        }
        m_timeline->addTopLevelItems(items);
        m_timeline->resizeColumnToContents(0);
        m_timeline->resizeColumnToContents(1);
        m_timeline->resizeColumnToContents(2);
        if (!items.isEmpty())
            m_timeline->scrollToItem(items.last());
    }
    m_conversation->showCase(caseId);
    showConversationCount();
}

void CaseDetailWidget::showConversationCount()
{
    const auto& entries = m_conversation->entries();
    const auto messages = std::count_if(entries.begin(), entries.end(),
                                        [](const ThreadView::Entry& e) { return e.message.has_value(); });
    m_pages->setTabText(m_pages->indexOf(m_conversation),
                        messages > 0 ? tr("Conversation (%1)").arg(messages) : tr("Conversation"));
}

} // namespace redress::ui
