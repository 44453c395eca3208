#include "ui/cases/CaseEditDialog.h"

#include "core/store/CaseRepository.h"
#include "core/store/DraftRepository.h"
#include "ui/cases/CaseConflictView.h"
#include "ui/common/DialogParts.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace redress::ui {

namespace {

void select(QComboBox* combo, const QVariant& data)
{
    if (int i = combo->findData(data); i >= 0)
        combo->setCurrentIndex(i);
}

QJsonObject factsOf(const core::Case& c)
{
    return QJsonObject{
        {QStringLiteral("product"), c.productName},
        {QStringLiteral("channel"), core::keyOf(c.channel)},
        {QStringLiteral("description"), c.description},
        {QStringLiteral("severity"), static_cast<int>(c.severity)},
        {QStringLiteral("impact"), static_cast<int>(c.impact)},
    };
}

} // namespace

CaseEditDialog::CaseEditDialog(const Session& session, qint64 caseId, QWidget* parent)
    : QDialog(parent), m_session(session), m_caseId(caseId)
{
    setObjectName(QStringLiteral("caseEditDialog"));
    setWindowTitle(tr("Edit case %1").arg(core::referenceFor(caseId)));
    buildForm();

    core::CaseRepository cases(m_session.db(), m_session.user().id);
    auto current = cases.get(caseId);
    if (!current) {
        m_banner->setText(current.error().message);
        m_banner->show();
        m_formPage->setEnabled(false);
        m_saveButton->setEnabled(false);
        return;
    }
    m_loaded = true;
    m_base = *current;
    if (auto events = cases.timeline(caseId); events && !events->isEmpty())
        m_baseEventId = events->last().id;
    fill(m_base);
    if (auto draft = core::DraftRepository(m_session.db()).load(m_session.user().login, draftKind(caseId));
        draft && *draft) {
        restore((*draft)->payload);
        if (m_base.rowVersion != current->rowVersion)
            m_notice->setText(
                tr("Your unsaved changes to this case were brought back. Someone has changed "
                   "the case since; saving shows you what changed before anything is written."));
    }

    m_draftTimer.setInterval(draftIntervalMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &CaseEditDialog::saveDraftNow);
    m_draftTimer.start();
}

void CaseEditDialog::buildForm()
{
    auto* layout = new QVBoxLayout(this);
    m_banner = errorLabel(QStringLiteral("editBanner"), true);
    layout->addWidget(m_banner);
    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("editNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice);
    m_pages = new QStackedWidget;
    layout->addWidget(m_pages, 1);

    m_formPage = new QWidget;
    auto* pageLayout = new QVBoxLayout(m_formPage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    m_pages->addWidget(m_formPage);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    pageLayout->addLayout(form);

    m_caseInfo = new QLabel;
    m_caseInfo->setObjectName(QStringLiteral("editCaseInfo"));
    m_caseInfo->setTextFormat(Qt::PlainText);
    m_caseInfo->setForegroundRole(QPalette::PlaceholderText);
    m_caseInfo->setWordWrap(true);
    pageLayout->insertWidget(0, m_caseInfo);

    const CaseFactFields facts = addCaseFactRows(form, m_session.db(), this, m_errors);
    m_product = facts.product;
    m_channel = facts.channel;
    m_description = facts.description;
    m_description->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    m_severity = facts.severity;
    m_impact = facts.impact;

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveEditButton"));
    m_saveButton->setDefault(true);
    m_saveButton->setToolTip(tr("Save the changes (Enter, or Ctrl+Enter from the description)"));
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelEditButton"));
    cancel->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &CaseEditDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &CaseEditDialog::reject);
    pageLayout->addWidget(buttons);
    for (const QKeySequence& key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(key, m_formPage);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &CaseEditDialog::save);
    }

    m_conflict = new CaseConflictView;
    m_pages->addWidget(m_conflict);
    connect(m_conflict, &CaseConflictView::saveRequested, this, &CaseEditDialog::saveWithChoices);
    connect(m_conflict, &CaseConflictView::backRequested, this, &CaseEditDialog::backToEditing);

    connect(m_product, &QLineEdit::textChanged, this, &CaseEditDialog::markDirty);
    connect(m_description, &QPlainTextEdit::textChanged, this, &CaseEditDialog::markDirty);
    for (QComboBox* combo : {m_channel, m_severity, m_impact})
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseEditDialog::markDirty);

    setTabOrder(m_product, m_channel);
    setTabOrder(m_channel, m_description);
    setTabOrder(m_description, m_severity);
    setTabOrder(m_severity, m_impact);
    setTabOrder(m_impact, m_saveButton);
    setTabOrder(m_saveButton, cancel);
    resize(600, sizeHint().height());
    m_product->setFocus(Qt::OtherFocusReason);
}

void CaseEditDialog::fill(const core::Case& c)
{
    m_filling = true;
    m_caseInfo->setText(tr("%1 · %2%3 · opened %4")
                            .arg(c.reference(), c.customerName,
                                 c.company.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.company),
                                 QLocale().toString(c.openedAt.toLocalTime(), QLocale::ShortFormat)));
    m_product->setText(c.productName);
    select(m_channel, core::keyOf(c.channel));
    m_description->setPlainText(c.description);
    select(m_severity, static_cast<int>(c.severity));
    select(m_impact, static_cast<int>(c.impact));
    m_filling = false;
}

core::CaseEdit CaseEditDialog::currentEdit() const
{
    core::CaseEdit edit;
    edit.productName = m_product->text();
    edit.channel = core::channelFromKey(m_channel->currentData().toString()).value_or(m_base.channel);
    edit.description = m_description->toPlainText();
    edit.severity = core::severityFromInt(m_severity->currentData().toInt()).value_or(m_base.severity);
    edit.impact = core::impactFromInt(m_impact->currentData().toInt()).value_or(m_base.impact);
    return edit;
}

bool CaseEditDialog::hasChanges() const
{
    if (!m_loaded)
        return false;
    // Compared as the store would: against the case as the rep opened it.
    const core::CaseMerge merge = core::CaseMerge::compare(m_base, currentEdit(), m_base);
    for (const core::FieldMerge& f : merge.fields()) {
        if (f.change != core::FieldChange::Unchanged)
            return true;
    }
    return false;
}

bool CaseEditDialog::showingConflict() const
{
    return m_pages->currentWidget() == m_conflict;
}

QJsonObject CaseEditDialog::toDraft() const
{
    QJsonObject base = factsOf(m_base);
    base.insert(QStringLiteral("rowVersion"), QString::number(m_base.rowVersion));
    base.insert(QStringLiteral("lastEvent"), QString::number(m_baseEventId));
    return QJsonObject{
        {QStringLiteral("base"), base},
        {QStringLiteral("product"), m_product->text()},
        {QStringLiteral("channel"), m_channel->currentData().toString()},
        {QStringLiteral("description"), m_description->toPlainText()},
        {QStringLiteral("severity"), m_severity->currentData().toInt()},
        {QStringLiteral("impact"), m_impact->currentData().toInt()},
    };
}

void CaseEditDialog::restore(const QJsonObject& draft)
{
    // The draft keeps the case as the rep first opened it: if the store
    // moved on since, the next save is refused and the rep sees why.
    const QJsonObject base = draft.value(QStringLiteral("base")).toObject();
    if (!base.isEmpty()) {
        m_base.productName = base.value(QStringLiteral("product")).toString();
        m_base.channel =
            core::channelFromKey(base.value(QStringLiteral("channel")).toString()).value_or(m_base.channel);
        m_base.description = base.value(QStringLiteral("description")).toString();
        m_base.severity =
            core::severityFromInt(base.value(QStringLiteral("severity")).toInt()).value_or(m_base.severity);
        m_base.impact =
            core::impactFromInt(base.value(QStringLiteral("impact")).toInt()).value_or(m_base.impact);
        m_base.rowVersion = base.value(QStringLiteral("rowVersion")).toString().toLongLong();
        m_baseEventId = base.value(QStringLiteral("lastEvent")).toString().toLongLong();
    }
    m_filling = true;
    m_product->setText(draft.value(QStringLiteral("product")).toString());
    select(m_channel, draft.value(QStringLiteral("channel")).toString());
    m_description->setPlainText(draft.value(QStringLiteral("description")).toString());
    select(m_severity, draft.value(QStringLiteral("severity")).toInt());
    select(m_impact, draft.value(QStringLiteral("impact")).toInt());
    m_filling = false;
    m_dirty = false;
    m_restored = true;
    m_notice->setText(tr("Your unsaved changes to this case were brought back."));
    m_notice->show();
}

void CaseEditDialog::markDirty()
{
    if (!m_filling)
        m_dirty = true;
}

void CaseEditDialog::saveDraftNow()
{
    if (!m_dirty || !m_loaded)
        return;
    // A failed write is retried on the next tick; the form keeps the text.
    if (core::DraftRepository(m_session.db())
            .save(m_session.user().login, draftKind(m_caseId), toDraft(),
                  core::DraftSubject{m_caseId, m_base.customerId}))
        m_dirty = false;
}

void CaseEditDialog::clearErrors()
{
    hideErrors(m_banner, m_errors);
}

void CaseEditDialog::showError(const core::Error& error)
{
    showFieldError(error, m_banner, m_errors,
                   {{QStringLiteral("product"), m_product}, {QStringLiteral("description"), m_description}});
}

void CaseEditDialog::save()
{
    if (!m_loaded || showingConflict())
        return;
    clearErrors();
    const core::CaseEdit edit = currentEdit();
    core::NewCase check;
    check.customerId = m_base.customerId;
    check.productName = *edit.productName;
    check.description = *edit.description;
    if (auto ok = core::CaseRepository::validate(check); !ok) {
        showError(ok.error());
        return;
    }
    if (!hasChanges()) {
        core::DraftRepository(m_session.db()).remove(m_session.user().login, draftKind(m_caseId));
        m_draftTimer.stop();
        QDialog::reject();
        return;
    }
    // Keep the draft current before the write, so a failure loses nothing.
    m_dirty = true;
    saveDraftNow();
    write(edit, m_base.rowVersion);
}

void CaseEditDialog::write(const core::CaseEdit& edit, qint64 expectedVersion)
{
    auto saved =
        core::CaseRepository(m_session.db(), m_session.user().id).update(m_caseId, edit, expectedVersion);
    if (saved) {
        finish(*saved);
        return;
    }
    if (saved.error().code == core::Error::Code::Conflict) {
        showConflict(showingConflict() ? tr("The case changed again while you were choosing. Look again.")
                                       : QString());
        return;
    }
    backToEditing();
    showError(saved.error());
}

void CaseEditDialog::showConflict(const QString& note)
{
    core::CaseRepository cases(m_session.db(), m_session.user().id);
    auto theirs = cases.get(m_caseId);
    if (!theirs) {
        backToEditing();
        showError(theirs.error());
        return;
    }
    QList<core::CaseEvent> since;
    if (auto events = cases.timeline(m_caseId)) {
        for (const core::CaseEvent& e : *events) {
            if (e.id > m_baseEventId)
                since << e;
        }
    }
    m_merge = core::CaseMerge::compare(m_base, currentEdit(), *theirs);
    clearErrors();
    m_notice->hide();
    m_conflict->setComparison(*m_merge, since, note);
    m_pages->setCurrentWidget(m_conflict);
    setWindowTitle(tr("Edit case %1: changed by someone else").arg(core::referenceFor(m_caseId)));
    // Wide enough for four columns; as tall as the wrapped texts need, no taller.
    const int w = qMax(width(), 860);
    layout()->activate();
    const int h = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(w) : sizeHint().height();
    resize(w, qMax(h, minimumSizeHint().height()));
    const QStringList conflicts = m_merge->conflicts();
    if (!conflicts.isEmpty())
        m_conflict->choiceBox(conflicts.first())->setFocus(Qt::OtherFocusReason);
    else
        m_conflict->saveButton()->setFocus(Qt::OtherFocusReason);
}

void CaseEditDialog::saveWithChoices()
{
    if (!m_merge || !showingConflict())
        return;
    auto edit = m_merge->resolve(m_conflict->choices());
    if (!edit) {
        m_conflict->showError(edit.error().message);
        return;
    }
    write(*edit, m_merge->theirs().rowVersion);
}

void CaseEditDialog::backToEditing()
{
    if (!showingConflict())
        return;
    m_pages->setCurrentWidget(m_formPage);
    setWindowTitle(tr("Edit case %1").arg(core::referenceFor(m_caseId)));
    m_saveButton->setFocus(Qt::OtherFocusReason);
}

void CaseEditDialog::finish(const core::Case& saved)
{
    m_saved = saved;
    m_draftTimer.stop();
    core::DraftRepository(m_session.db()).remove(m_session.user().login, draftKind(m_caseId));
    Q_EMIT caseSaved(m_caseId);
    QDialog::accept();
}

void CaseEditDialog::reject()
{
    // Esc on the comparison goes back to the form, never drops the edit.
    if (showingConflict()) {
        backToEditing();
        return;
    }
    if (hasChanges()) {
        const auto answer = MessageBox::question(
            this, tr("Discard your changes?"),
            tr("Your changes to %1 have not been saved. Discard them?").arg(core::referenceFor(m_caseId)),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    m_draftTimer.stop();
    if (m_loaded)
        core::DraftRepository(m_session.db()).remove(m_session.user().login, draftKind(m_caseId));
    QDialog::reject();
}

} // namespace redress::ui
