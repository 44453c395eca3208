#include "ui/problems/ProblemDesk.h"

#include "core/Clock.h"
#include "core/store/ProblemRepository.h"
#include "core/store/RecoveryRepository.h"
#include "core/store/UserRepository.h"
#include "ui/charts/ChartView.h"
#include "ui/charts/EffectivenessChart.h"
#include "ui/common/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace redress::ui {

namespace {

enum ListColumn
{
    RefColumn,
    TitleColumn,
    KindColumn,
    CauseColumn,
    OwnerColumn,
    StatusColumn,
    EffectiveColumn,
    CasesColumn,
    ReviewColumn
};

QString dayText(const QDate& day)
{
    return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : QString();
}

QString dayText(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

QString rateText(const std::optional<double>& rate)
{
    return rate ? QLocale().toString(*rate, 'f', 1) : QStringLiteral("–");
}

} // namespace

ProblemDesk::ProblemDesk(const Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("problemDesk"));
    setWindowTitle(tr("Problem records — Redress"));
    buildList();
    buildForm();

    auto* listPane = new QWidget;
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_tabs);
    listLayout->addWidget(m_list, 1);
    m_newProblem = new QPushButton(tr("&New problem"));
    m_newProblem->setObjectName(QStringLiteral("newProblem"));
    connect(m_newProblem, &QPushButton::clicked, this, &ProblemDesk::newProblem);
    listLayout->addWidget(m_newProblem, 0, Qt::AlignLeft);

    auto* formPane = new QWidget;
    auto* formLayout = new QVBoxLayout(formPane);
    formLayout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Root &cause:"), m_cause);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("Stat&us:"), m_status);
    form->addRow(tr("Corrective &action:"), m_action);
    auto* effectiveRow = new QHBoxLayout;
    effectiveRow->addWidget(m_hasEffective);
    effectiveRow->addWidget(m_effective, 1);
    form->addRow(tr("Effective:"), effectiveRow);
    formLayout->addLayout(form);
    formLayout->addWidget(m_error);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_state, 1);
    saveRow->addWidget(m_save);
    formLayout->addLayout(saveRow);

    formLayout->addWidget(m_verdict);
    formLayout->addWidget(m_chart, 1);
    auto* reviewsLabel = new QLabel(tr("Effectiveness &reviews:"));
    reviewsLabel->setBuddy(m_reviews);
    formLayout->addWidget(reviewsLabel);
    formLayout->addWidget(m_reviews);
    formLayout->addWidget(m_completeReview, 0, Qt::AlignLeft);
    auto* casesLabel = new QLabel(tr("&Linked cases (Enter opens one):"));
    casesLabel->setBuddy(m_cases);
    formLayout->addWidget(casesLabel);
    formLayout->addWidget(m_cases);
    formLayout->addWidget(m_unlink, 0, Qt::AlignLeft);

    auto* splitter = new QSplitter;
    splitter->addWidget(listPane);
    splitter->addWidget(formPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({600, 580});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_canEdit)
            save();
    });

    applyUser();
    fillChoices();
    reload();
    resize(1180, 760);
    // A window of its own that stays open while the desk changes hands.
    connect(&m_session, &Session::userChanged, this, [this] {
        applyUser();
        reload();
    });
}

void ProblemDesk::applyUser()
{
    m_canEdit = core::ProblemRepository::mayManage(m_session.user().role);
    for (QWidget* w : {static_cast<QWidget*>(m_newProblem), static_cast<QWidget*>(m_save),
                       static_cast<QWidget*>(m_completeReview), static_cast<QWidget*>(m_unlink)})
        w->setVisible(m_canEdit);
    for (QWidget* w :
         {static_cast<QWidget*>(m_kind), static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_cause),
          static_cast<QWidget*>(m_owner), static_cast<QWidget*>(m_status), static_cast<QWidget*>(m_action),
          static_cast<QWidget*>(m_hasEffective), static_cast<QWidget*>(m_effective)})
        w->setEnabled(m_canEdit && w != m_effective);
}

void ProblemDesk::buildList()
{
    m_tabs = new QTabBar;
    m_tabs->setObjectName(QStringLiteral("problemTabs"));
    m_tabs->setAccessibleName(tr("Problem lists"));
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    m_tabs->addTab(tr("All problems"));
    m_tabs->addTab(tr("My reviews due"));
    connect(m_tabs, &QTabBar::currentChanged, this, &ProblemDesk::fillList);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("problemList"));
    m_list->setAccessibleName(tr("Problem records"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(true);
    m_list->setHeaderLabels({tr("Reference"), tr("Title"), tr("Kind"), tr("Root cause"), tr("Owner"),
                             tr("Status"), tr("Effective"), tr("Cases"), tr("Next review")});
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            showProblem(item->data(RefColumn, Qt::UserRole).toLongLong());
    });
}

void ProblemDesk::buildForm()
{
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("problemKind"));
    for (core::ProblemKind k : core::allProblemKinds())
        m_kind->addItem(core::labelOf(k), core::keyOf(k));
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("problemTitle"));
    m_title->setMaxLength(core::ProblemRepository::maxTitle);
    m_title->setPlaceholderText(
        tr("The defect in a few words, e.g. “VP-200 power supply fails in humid rooms”"));
    m_cause = new QComboBox;
    m_cause->setObjectName(QStringLiteral("problemCause"));
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("problemOwner"));
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("problemStatus"));
    for (core::ProblemStatus s : core::allProblemStatuses())
        m_status->addItem(core::labelOf(s), core::keyOf(s));
    m_action = new QPlainTextEdit;
    m_action->setObjectName(QStringLiteral("problemAction"));
    m_action->setTabChangesFocus(true);
    m_action->setPlaceholderText(tr("What was changed so it does not happen again"));
    m_action->setMaximumHeight(90);
    m_hasEffective = new QCheckBox(tr("Took &effect on"));
    m_hasEffective->setObjectName(QStringLiteral("problemHasEffective"));
    m_effective = new QDateEdit;
    m_effective->setObjectName(QStringLiteral("problemEffective"));
    m_effective->setAccessibleName(tr("Effective day"));
    m_effective->setCalendarPopup(true);
    m_effective->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_effective->setEnabled(false);
    connect(m_hasEffective, &QCheckBox::toggled, m_effective, &QWidget::setEnabled);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("problemError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("problemState"));
    m_state->setWordWrap(true);
    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(QStringLiteral("saveProblem"));
    m_save->setToolTip(tr("Save the problem record (%1)")
                           .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    connect(m_save, &QPushButton::clicked, this, &ProblemDesk::save);

    m_verdict = new QLabel;
    m_verdict->setObjectName(QStringLiteral("problemVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_chart = new ChartView;
    m_chart->setObjectName(QStringLiteral("effectivenessChart"));
    m_chart->setAccessibleName(tr("Complaints per 100 before and after the corrective action"));
    m_chart->setMinimumHeight(220);

    m_reviews = new QTreeWidget;
    m_reviews->setObjectName(QStringLiteral("problemReviews"));
    m_reviews->setAccessibleName(tr("Effectiveness reviews"));
    m_reviews->setRootIsDecorated(false);
    m_reviews->setHeaderLabels({tr("Due"), tr("After"), tr("Done"), tr("Verdict"), tr("Note")});
    m_reviews->setMaximumHeight(110);
    m_completeReview = new QPushButton(tr("Complete re&view…"));
    m_completeReview->setObjectName(QStringLiteral("completeReview"));
    m_completeReview->setEnabled(false);
    connect(m_completeReview, &QPushButton::clicked, this, &ProblemDesk::completeReview);
    connect(m_reviews, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        m_completeReview->setEnabled(item && item->data(0, Qt::UserRole + 1).toBool());
    });

    m_cases = new QTreeWidget;
    m_cases->setObjectName(QStringLiteral("problemCases"));
    m_cases->setAccessibleName(tr("Linked cases"));
    m_cases->setRootIsDecorated(false);
    m_cases->setHeaderLabels({tr("Case")});
    m_cases->setMaximumHeight(120);
    connect(m_cases, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT caseRequested(item->data(0, Qt::UserRole).toLongLong());
    });
    m_unlink = new QPushButton(tr("Unl&ink case"));
    m_unlink->setObjectName(QStringLiteral("unlinkCase"));
    connect(m_unlink, &QPushButton::clicked, this, &ProblemDesk::unlinkSelected);
}

void ProblemDesk::fillChoices()
{
    m_cause->clear();
    const auto causes = core::RecoveryRepository(m_session.db(), m_session.user())
                            .rootCauses()
                            .value_or(QList<core::RootCause>());
    for (const core::RootCause& cause : causes)
        m_cause->addItem(cause.path, cause.id);
    m_owner->clear();
    const auto users = core::UserRepository(m_session.db()).all().value_or(QList<core::User>());
    for (const core::User& u : users) {
        if (core::ProblemRepository::mayManage(u.role))
            m_owner->addItem(tr("%1 (%2)").arg(u.displayName, core::labelOf(u.role)), u.id);
    }
}

void ProblemDesk::reload()
{
    const qint64 keep = currentProblemId();
    auto due = core::ProblemRepository(m_session.db()).reviewsDue(m_session.user().id, core::Clock::now());
    m_dueCount = due ? static_cast<int>(due->size()) : 0;
    m_tabs->setTabText(1, tr("My reviews due (%1)").arg(QLocale().toString(m_dueCount)));
    fillList();
    if (keep != 0) {
        showProblem(keep);
    } else if (m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
        m_list->setFocus();
    } else {
        newProblem();
    }
}

void ProblemDesk::fillList()
{
    const QSignalBlocker block(m_list);
    m_list->setSortingEnabled(false);
    m_list->clear();
    core::ProblemRepository problems(m_session.db());
    QList<core::Problem> rows;
    if (m_tabs->currentIndex() == 1) {
        // The owner's queue: each problem with a review due, once.
        auto due = problems.reviewsDue(m_session.user().id, core::Clock::now());
        QList<qint64> seen;
        for (const core::ProblemReview& r : due.value_or(QList<core::ProblemReview>())) {
            if (seen.contains(r.problemId))
                continue;
            seen << r.problemId;
            if (auto p = problems.get(r.problemId))
                rows << *p;
        }
    } else if (auto all = problems.list()) {
        rows = *all;
    } else {
        showError(all.error().message);
    }
    const QLocale locale;
    for (const core::Problem& p : std::as_const(rows)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(RefColumn, p.reference());
        item->setData(RefColumn, Qt::UserRole, p.id);
        item->setText(TitleColumn, p.title);
        item->setText(KindColumn, core::labelOf(p.kind));
        item->setText(CauseColumn, p.rootCausePath);
        item->setText(OwnerColumn, p.ownerName);
        item->setText(StatusColumn, core::labelOf(p.status));
        item->setText(EffectiveColumn, dayText(p.effectiveOn));
        item->setData(CasesColumn, Qt::DisplayRole, p.linkedCases);
        item->setText(ReviewColumn, dayText(p.nextReviewDue));
        if (p.nextReviewDue.isValid() && p.nextReviewDue <= core::Clock::now())
            item->setToolTip(ReviewColumn, tr("An effectiveness review is due"));
    }
    m_list->setSortingEnabled(true);
    for (int c = 0; c < m_list->columnCount(); ++c)
        m_list->resizeColumnToContents(c);
}

void ProblemDesk::newProblem()
{
    m_current.reset();
    m_effect.reset();
    m_list->clearSelection();
    m_kind->setCurrentIndex(0);
    m_title->clear();
    m_cause->setCurrentIndex(-1);
    m_owner->setCurrentIndex(m_owner->findData(m_session.user().id));
    m_status->setCurrentIndex(0);
    m_action->clear();
    m_hasEffective->setChecked(false);
    m_effective->setDate(core::Clock::now().date());
    m_error->hide();
    m_state->setText(m_canEdit ? tr("A new problem record.") : QString());
    showEffectiveness();
    showReviews();
    showLinked();
    if (m_canEdit)
        m_title->setFocus();
}

void ProblemDesk::showProblem(qint64 problemId)
{
    if (problemId == 0) {
        newProblem();
        return;
    }
    auto p = core::ProblemRepository(m_session.db()).get(problemId);
    if (!p) {
        showError(p.error().message);
        return;
    }
    m_current = *p;
    m_error->hide();
    m_kind->setCurrentIndex(m_kind->findData(core::keyOf(p->kind)));
    m_title->setText(p->title);
    int cause = m_cause->findData(p->rootCauseId);
    if (cause < 0 && p->rootCauseId != 0) {
        // Deleted from the taxonomy while referenced: shown, not swapped.
        m_cause->addItem(p->rootCausePath, p->rootCauseId);
        cause = m_cause->count() - 1;
    }
    m_cause->setCurrentIndex(cause);
    m_owner->setCurrentIndex(m_owner->findData(p->ownerId));
    m_status->setCurrentIndex(m_status->findData(core::keyOf(p->status)));
    m_action->setPlainText(p->correctiveAction);
    m_hasEffective->setChecked(p->effectiveOn.isValid());
    m_effective->setDate(p->effectiveOn.isValid() ? p->effectiveOn : core::Clock::now().date());
    m_effective->setEnabled(m_canEdit && p->effectiveOn.isValid());
    m_state->setText(tr("%1, opened %2 by %3.").arg(p->reference(), dayText(p->createdAt), p->createdBy));
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->data(RefColumn, Qt::UserRole).toLongLong() == problemId && m_list->currentItem() != item) {
            const QSignalBlocker block(m_list);
            m_list->setCurrentItem(item);
        }
    }
    auto effect = core::Effectiveness(m_session.db()).of(problemId);
    if (effect)
        m_effect = *effect;
    else
        m_effect.reset();
    showEffectiveness();
    showReviews();
    showLinked();
}

core::Problem ProblemDesk::formProblem() const
{
    core::Problem p = m_current.value_or(core::Problem());
    p.kind = core::problemKindFromKey(m_kind->currentData().toString()).value_or(core::ProblemKind::Defect);
    p.title = m_title->text().trimmed();
    p.rootCauseId = m_cause->currentIndex() >= 0 ? m_cause->currentData().toLongLong() : 0;
    p.ownerId = m_owner->currentIndex() >= 0 ? m_owner->currentData().toLongLong() : 0;
    p.status =
        core::problemStatusFromKey(m_status->currentData().toString()).value_or(core::ProblemStatus::Open);
    p.correctiveAction = m_action->toPlainText().trimmed();
    p.effectiveOn = m_hasEffective->isChecked() ? m_effective->date() : QDate();
    return p;
}

bool ProblemDesk::save()
{
    const core::Problem p = formProblem();
    core::ProblemRepository problems(m_session.db(), m_session.user());
    auto saved = p.id == 0 ? problems.create(p) : problems.update(p);
    if (!saved) {
        // What was typed stays in the form.
        QString message = saved.error().message;
        if (saved.error().code == core::Error::Code::Conflict)
            message += tr(" Your text is kept; open the problem again to see the other change.");
        showError(message);
        return false;
    }
    m_current = *saved;
    fillList();
    showProblem(saved->id);
    m_state->setText(tr("%1 saved.").arg(saved->reference()));
    Q_EMIT changed();
    return true;
}

void ProblemDesk::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void ProblemDesk::showEffectiveness()
{
    EffectivenessChartText text;
    if (!m_effect || m_effect->weeks.isEmpty()) {
        text.title = m_current ? tr("No complaints in the weeks around this problem yet")
                               : tr("Save the problem to see its complaints per week");
        m_verdict->setText(QString());
        showEffectivenessChart(m_chart, {}, text, palette());
        return;
    }
    const core::EffectivenessReport& e = *m_effect;
    const QString span = tr("%1 to %2").arg(e.weeks.first().week, e.weeks.last().week);
    text.title = e.effectiveOn.isValid()
                     ? tr("Share of analysed complaints, %1; action on %2").arg(span, dayText(e.effectiveOn))
                     : tr("Share of analysed complaints, %1; no action in effect yet").arg(span);
    text.before = tr("Before");
    text.after = tr("After");
    text.other = tr("Week of the change or running week");
    text.weekAxis = tr("ISO week, from %1-W%2").arg(e.weeks.first().week.left(4), e.weeks.first().week.mid(6));
    text.valueAxis = tr("per 100");
    showEffectivenessChart(m_chart, e.weeks, text, palette());

    QString detail = tr("Before: %1 per 100 over %2 weeks (%3 of %4 analysed).")
                         .arg(rateText(e.beforeRate), QString::number(e.weeksBefore),
                              QString::number(e.beforeProblemCases), QString::number(e.beforeAnalysedCases));
    if (e.effectiveOn.isValid())
        detail += QLatin1Char(' ') + tr("After: %1 per 100 over %2 weeks (%3 of %4 analysed).")
                                         .arg(rateText(e.afterRate), QString::number(e.weeksAfter),
                                              QString::number(e.afterProblemCases),
                                              QString::number(e.afterAnalysedCases));
    m_verdict->setText(
        QStringLiteral("<b>%1</b> — %2<br>%3")
            .arg(core::labelOf(e.verdict).toHtmlEscaped(), e.why.toHtmlEscaped(), detail.toHtmlEscaped()));
}

void ProblemDesk::showReviews()
{
    m_reviews->clear();
    m_completeReview->setEnabled(false);
    if (!m_current)
        return;
    const auto reviews = core::ProblemRepository(m_session.db()).reviews(m_current->id);
    for (const core::ProblemReview& r : reviews.value_or(QList<core::ProblemReview>())) {
        auto* item = new QTreeWidgetItem(m_reviews);
        item->setText(0, dayText(r.dueAt));
        item->setText(1, tr("%1 days").arg(r.offsetDays));
        item->setText(2, r.isOpen() ? QString() : tr("%1 by %2").arg(dayText(r.doneAt), r.doneBy));
        item->setText(3, r.verdict ? core::labelOf(*r.verdict) : QString());
        item->setText(4, r.note);
        item->setData(0, Qt::UserRole, r.id);
        item->setData(0, Qt::UserRole + 1, r.isOpen());
    }
}

void ProblemDesk::showLinked()
{
    m_cases->clear();
    if (!m_current)
        return;
    const auto ids = core::ProblemRepository(m_session.db()).linkedCases(m_current->id);
    for (qint64 id : ids.value_or(QList<qint64>())) {
        auto* item = new QTreeWidgetItem(m_cases);
        item->setText(0, core::referenceFor(id));
        item->setData(0, Qt::UserRole, id);
    }
    m_unlink->setEnabled(m_cases->topLevelItemCount() > 0);
}

bool ProblemDesk::completeSelectedReview(const QString& note)
{
    QTreeWidgetItem* item = m_reviews->currentItem();
    if (!item || !item->data(0, Qt::UserRole + 1).toBool())
        return false;
    auto done = core::ProblemRepository(m_session.db(), m_session.user())
                    .completeReview(item->data(0, Qt::UserRole).toLongLong(), note);
    if (!done) {
        showError(done.error().message);
        return false;
    }
    reload();
    m_state->setText(
        tr("Review recorded: %1.").arg(done->verdict ? core::labelOf(*done->verdict) : QString()));
    Q_EMIT changed();
    return true;
}

void ProblemDesk::completeReview()
{
    bool ok = false;
    const QString verdict = m_effect ? core::labelOf(m_effect->verdict) : QString();
    const QString note = QInputDialog::getMultiLineText(
        this, tr("Complete review"),
        tr("The verdict recorded with this review is the one shown now: %1.\nYour note:").arg(verdict), {},
        &ok);
    if (ok)
        completeSelectedReview(note.trimmed());
}

void ProblemDesk::unlinkSelected()
{
    QTreeWidgetItem* item = m_cases->currentItem();
    if (!item || !m_current)
        return;
    const qint64 caseId = item->data(0, Qt::UserRole).toLongLong();
    if (auto ok = core::ProblemRepository(m_session.db(), m_session.user()).unlinkCase(m_current->id, caseId);
        !ok) {
        showError(ok.error().message);
        return;
    }
    showProblem(m_current->id);
    fillList();
    Q_EMIT changed();
}

} // namespace redress::ui
