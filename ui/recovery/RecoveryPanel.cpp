#include "ui/recovery/RecoveryPanel.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace redress::ui {

namespace {

QString money(qint64 cents)
{
    return QLocale().toString(cents / 100.0, 'f', 2);
}

QString firstLine(const QString& text, int max = 70)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).simplified();
    if (line.size() > max)
        line = line.left(max - 1) + QStringLiteral("…");
    return line;
}

} // namespace

RecoveryPanel::RecoveryPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("recoveryPanel"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    const QString titles[4] = {tr("1. Apologise"), tr("2. Solve"), tr("3. Add value"), tr("4. Analyse")};
    const QString buttons[4] = {tr("A&pologise…"), tr("S&olve…"), tr("Add v&alue…"), tr("Anal&yse…")};
    const char* names[4] = {"apologiseButton", "solveButton", "addValueButton", "analyseButton"};
    for (int i = 0; i < 4; ++i) {
        m_titles[i] = new QLabel(titles[i]);
        m_states[i] = new QLabel;
        m_states[i]->setObjectName(QStringLiteral("recoveryState%1").arg(i + 1));
        m_states[i]->setTextFormat(Qt::PlainText);
        // Long summaries must not widen the detail pane at the list's cost;
        // the whole text is in the tooltip.
        m_states[i]->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        m_buttons[i] = new QPushButton(buttons[i]);
        m_buttons[i]->setObjectName(QString::fromLatin1(names[i]));
        connect(m_buttons[i], &QPushButton::clicked, this, [this, i] { Q_EMIT stepRequested(i + 1); });
        grid->addWidget(m_titles[i], i, 0);
        grid->addWidget(m_states[i], i, 1);
        grid->addWidget(m_buttons[i], i, 2);
    }
}

void RecoveryPanel::show(const core::Case& c, const core::RecoveryState& state)
{
    QString texts[4];
    if (state.apologised()) {
        const core::Apology& a = state.apologies.last();
        texts[0] = tr("Sent by %1 (%2): “%3”").arg(a.sentBy, core::labelOf(a.channel), firstLine(a.body, 50));
    } else {
        texts[0] = tr("Not yet — say sorry first, sincerely.");
    }
    if (state.solution) {
        texts[1] = tr("%1 Wants: “%2”")
                       .arg(firstLine(state.solution->fix, 40), firstLine(state.solution->customerWants, 40));
        if (state.solution->promisedBy.isValid())
            texts[1] += QStringLiteral(" · ") +
                        tr("promised %1 (%2)")
                            .arg(QLocale().toString(state.solution->promisedBy, QLocale::ShortFormat),
                                 core::labelOf(state.promise).toLower());
    } else {
        texts[1] = tr("Not yet — ask what the customer wants.");
    }
    qint64 given = 0;
    int waiting = 0;
    const core::Gesture* lastRejected = nullptr;
    for (const core::Gesture& g : state.gestures) {
        if (g.counts())
            given += g.costCents;
        if (g.status == core::Gesture::Status::Pending)
            ++waiting;
        if (g.status == core::Gesture::Status::Rejected)
            lastRejected = &g;
    }
    QStringList parts;
    if (!state.declineReason.isEmpty())
        parts << tr("Declined: “%1”").arg(firstLine(state.declineReason, 50));
    else if (given > 0)
        parts << tr("Given %1 of a lifetime value of %2")
                     .arg(money(given), money(c.customerLifetimeValueCents));
    if (waiting)
        parts << tr("%1 waiting for approval").arg(waiting);
    // The rep sees a lead's refusal and its reason where they work.
    if (lastRejected)
        parts << tr("%1 rejected by %2: “%3”")
                     .arg(lastRejected->typeName, lastRejected->decidedBy,
                          firstLine(lastRejected->decisionReason, 40));
    if (parts.isEmpty())
        parts << tr("Not yet — lifetime value %1.").arg(money(c.customerLifetimeValueCents));
    texts[2] = parts.join(QStringLiteral(" · "));
    if (state.analysis)
        texts[3] = state.analysis->rootCausePath +
                   (state.analysis->educationGap ? tr(" · education gap") : QString());
    else
        texts[3] = tr("Not yet — why did it happen?");

    const int next = state.nextStep();
    for (int i = 0; i < 4; ++i) {
        m_states[i]->setText(texts[i]);
        m_states[i]->setToolTip(texts[i]);
        QFont f = m_titles[i]->font();
        f.setBold(i + 1 == next);
        m_titles[i]->setFont(f);
        m_titles[i]->setToolTip(i + 1 == next ? tr("The step to do next") : QString());
        m_buttons[i]->setEnabled(c.status != core::CaseStatus::Closed);
    }
}

} // namespace redress::ui
