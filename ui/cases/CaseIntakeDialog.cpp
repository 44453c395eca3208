#include "ui/cases/CaseIntakeDialog.h"

#include "core/store/CaseRepository.h"
#include "core/store/CustomerRepository.h"
#include "core/store/DraftRepository.h"
#include "core/store/PriorityRepository.h"
#include "core/store/SlaRepository.h"
#include "ui/common/DialogParts.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Session.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace redress::ui {

namespace {

constexpr int customerIdRole = Qt::UserRole + 1;
constexpr int customerNameRole = Qt::UserRole + 2;
constexpr int customerCompanyRole = Qt::UserRole + 3;
constexpr int customerValueRole = Qt::UserRole + 4;

} // namespace

CaseIntakeDialog::CaseIntakeDialog(const Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("caseIntakeDialog"));
    setWindowTitle(tr("New case"));
    buildForm();
    m_draftTimer.setInterval(draftIntervalMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &CaseIntakeDialog::saveDraftNow);
    m_draftTimer.start();
}

void CaseIntakeDialog::buildForm()
{
    auto* layout = new QVBoxLayout(this);
    m_banner = errorLabel(QStringLiteral("intakeBanner"));
    layout->addWidget(m_banner);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(form);

    m_customer = new QLineEdit;
    m_customer->setObjectName(QStringLiteral("customerEdit"));
    m_customer->setPlaceholderText(tr("Type a name or company to find the customer"));
    m_customer->setAccessibleName(tr("Customer"));
    m_customerMatches = new QStandardItemModel(this);
    auto* completer = new QCompleter(m_customerMatches, this);
    // The list is already filtered by the store; show it as it comes.
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCompletionRole(customerNameRole);
    m_customer->setCompleter(completer);
    connect(m_customer, &QLineEdit::textEdited, this, &CaseIntakeDialog::lookUpCustomers);
    connect(completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            &CaseIntakeDialog::chooseCustomer);
    form->addRow(tr("&Customer:"), m_customer);
    m_customerInfo = new QLabel;
    m_customerInfo->setObjectName(QStringLiteral("customerInfo"));
    m_customerInfo->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_customerInfo);
    m_errors.insert(QStringLiteral("customer"), errorLabel(QStringLiteral("customerError")));
    form->addRow(QString(), m_errors.value(QStringLiteral("customer")));

    m_company = new QLineEdit;
    m_company->setObjectName(QStringLiteral("companyEdit"));
    m_company->setPlaceholderText(tr("The customer's company, if any"));
    m_company->setAccessibleName(tr("Company"));
    form->addRow(tr("Com&pany:"), m_company);
    m_errors.insert(QStringLiteral("company"), errorLabel(QStringLiteral("companyError")));
    form->addRow(QString(), m_errors.value(QStringLiteral("company")));

    const CaseFactFields facts = addCaseFactRows(form, m_session.db(), this, m_errors);
    m_product = facts.product;
    m_product->setPlaceholderText(tr("What the complaint is about"));
    m_channel = facts.channel;
    m_description = facts.description;
    m_description->setPlaceholderText(tr("What went wrong, in the customer's own words"));
    m_severity = facts.severity;
    m_severity->setCurrentIndex(m_severity->findData(static_cast<int>(core::Severity::Medium)));
    m_impact = facts.impact;

    // What the rep's choice means before saving: the priority the matrix
    // gives and what it promises the customer.
    if (auto matrix = core::PriorityRepository(m_session.db()).matrix())
        m_matrix = *matrix;
    if (auto policies = core::SlaRepository(m_session.db(), m_session.user()).policies())
        m_policies = *policies;
    m_priority = new QLabel;
    m_priority->setObjectName(QStringLiteral("intakePriority"));
    m_priority->setWordWrap(true);
    m_priority->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    form->addRow(tr("Priority:"), m_priority);
    for (QComboBox* combo : {m_severity, m_impact})
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseIntakeDialog::showPriority);
    showPriority();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveCaseButton"));
    m_saveButton->setDefault(true);
    m_saveButton->setToolTip(tr("Save the case (Enter, or Ctrl+Enter from the description)"));
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &CaseIntakeDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &CaseIntakeDialog::reject);
    layout->addWidget(buttons);
    for (const QKeySequence& key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, &CaseIntakeDialog::save);
    }

    for (QLineEdit* edit : {m_customer, m_company, m_product})
        connect(edit, &QLineEdit::textChanged, this, &CaseIntakeDialog::markDirty);
    connect(m_description, &QPlainTextEdit::textChanged, this, &CaseIntakeDialog::markDirty);
    for (QComboBox* combo : {m_channel, m_severity, m_impact})
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseIntakeDialog::markDirty);

    setTabOrder(m_customer, m_company);
    setTabOrder(m_company, m_product);
    setTabOrder(m_product, m_channel);
    setTabOrder(m_channel, m_description);
    setTabOrder(m_description, m_severity);
    setTabOrder(m_severity, m_impact);
    setTabOrder(m_impact, m_saveButton);
    resize(560, sizeHint().height());
    m_customer->setFocus(Qt::OtherFocusReason);
}

void CaseIntakeDialog::lookUpCustomers(const QString& text)
{
    if (m_customerId != 0) {
        // The rep typed over a chosen customer: this is someone else.
        m_customerId = 0;
        m_company->setReadOnly(false);
        m_company->setFocusPolicy(Qt::StrongFocus);
        m_company->clear();
        m_customerInfo->clear();
    }
    m_customerMatches->clear();
    if (text.trimmed().size() < 2) {
        m_customerInfo->clear();
        return;
    }
    auto found = core::CustomerRepository(m_session.db()).findByPrefix(text, 12);
    if (!found)
        return;
    for (const core::Customer& c : *found) {
        QString shown = c.name;
        if (!c.company.isEmpty())
            shown += QStringLiteral(" — ") + c.company;
        if (!c.email.isEmpty())
            shown += QStringLiteral(" <") + c.email + QLatin1Char('>');
        auto* item = new QStandardItem(shown);
        item->setData(c.id, customerIdRole);
        item->setData(c.name, customerNameRole);
        item->setData(c.company, customerCompanyRole);
        item->setData(c.lifetimeValueCents, customerValueRole);
        m_customerMatches->appendRow(item);
    }
    m_customerInfo->setText(found->isEmpty()
                                ? tr("New customer: they will be added when the case is saved.")
                                : tr("Matching customers: %1. Pick one with the arrow keys, or go on typing "
                                     "for a new one.")
                                      .arg(found->size()));
}

void CaseIntakeDialog::chooseCustomer(const QModelIndex& index)
{
    m_customerId = index.data(customerIdRole).toLongLong();
    m_customer->setText(index.data(customerNameRole).toString());
    m_company->setText(index.data(customerCompanyRole).toString());
    m_company->setReadOnly(true);
    // The company comes with the customer: Tab goes straight on to the product.
    m_company->setFocusPolicy(Qt::ClickFocus);
    const double value = index.data(customerValueRole).toLongLong() / 100.0;
    m_customerInfo->setText(
        tr("Returning customer · lifetime value %1").arg(QLocale().toString(value, 'f', 2)));
    markDirty();
}

bool CaseIntakeDialog::hasInput() const
{
    return !m_customer->text().trimmed().isEmpty() || !m_product->text().trimmed().isEmpty() ||
           !m_description->toPlainText().trimmed().isEmpty();
}

QJsonObject CaseIntakeDialog::toDraft() const
{
    return QJsonObject{
        {QStringLiteral("customerId"), QString::number(m_customerId)},
        {QStringLiteral("customer"), m_customer->text()},
        {QStringLiteral("company"), m_company->text()},
        {QStringLiteral("product"), m_product->text()},
        {QStringLiteral("channel"), m_channel->currentData().toString()},
        {QStringLiteral("description"), m_description->toPlainText()},
        {QStringLiteral("severity"), m_severity->currentData().toInt()},
        {QStringLiteral("impact"), m_impact->currentData().toInt()},
    };
}

void CaseIntakeDialog::restore(const QJsonObject& draft)
{
    m_filling = true;
    m_customer->setText(draft.value(QStringLiteral("customer")).toString());
    m_company->setText(draft.value(QStringLiteral("company")).toString());
    m_customerId = draft.value(QStringLiteral("customerId")).toString().toLongLong();
    m_company->setReadOnly(m_customerId != 0);
    m_company->setFocusPolicy(m_customerId != 0 ? Qt::ClickFocus : Qt::StrongFocus);
    m_product->setText(draft.value(QStringLiteral("product")).toString());
    if (int i = m_channel->findData(draft.value(QStringLiteral("channel")).toString()); i >= 0)
        m_channel->setCurrentIndex(i);
    m_description->setPlainText(draft.value(QStringLiteral("description")).toString());
    if (int i = m_severity->findData(draft.value(QStringLiteral("severity")).toInt()); i >= 0)
        m_severity->setCurrentIndex(i);
    if (int i = m_impact->findData(draft.value(QStringLiteral("impact")).toInt()); i >= 0)
        m_impact->setCurrentIndex(i);
    m_filling = false;
    m_dirty = false;
}

void CaseIntakeDialog::markDirty()
{
    if (!m_filling)
        m_dirty = true;
}

void CaseIntakeDialog::saveDraftNow()
{
    if (!m_dirty)
        return;
    // A failed draft write is retried on the next tick; the form keeps the text.
    if (core::DraftRepository(m_session.db())
            .save(m_session.user().login, draftKind, toDraft(), core::DraftSubject{0, m_customerId}))
        m_dirty = false;
}

void CaseIntakeDialog::clearErrors()
{
    hideErrors(m_banner, m_errors);
}

void CaseIntakeDialog::showError(const core::Error& error)
{
    showFieldError(error, m_banner, m_errors,
                   {{QStringLiteral("customer"), m_customer},
                    {QStringLiteral("company"), m_company},
                    {QStringLiteral("product"), m_product},
                    {QStringLiteral("description"), m_description}});
}

void CaseIntakeDialog::save()
{
    clearErrors();
    core::NewCase intake;
    intake.customerId = m_customerId;
    intake.customerName = m_customer->text();
    intake.company = m_company->text();
    intake.productName = m_product->text();
    intake.channel = core::channelFromKey(m_channel->currentData().toString()).value_or(core::Channel::Phone);
    intake.description = m_description->toPlainText();
    intake.severity =
        core::severityFromInt(m_severity->currentData().toInt()).value_or(core::Severity::Medium);
    intake.impact = core::impactFromInt(m_impact->currentData().toInt()).value_or(core::BusinessImpact::None);
    if (auto ok = core::CaseRepository::validate(intake); !ok) {
        showError(ok.error());
        return;
    }
    // Keep the draft current before the write, so a failure loses nothing.
    m_dirty = true;
    saveDraftNow();
    auto created = core::CaseRepository(m_session.db(), m_session.user().id).create(intake);
    if (!created) {
        showError(created.error());
        return;
    }
    m_created = *created;
    m_draftTimer.stop();
    core::DraftRepository(m_session.db()).remove(m_session.user().login, draftKind);
    Q_EMIT caseCreated(m_created.id);
    QDialog::accept();
}

void CaseIntakeDialog::reject()
{
    if (hasInput()) {
        const auto answer = MessageBox::question(
            this, tr("Discard the case?"), tr("The case has not been saved. Discard what you typed?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    m_draftTimer.stop();
    core::DraftRepository(m_session.db()).remove(m_session.user().login, draftKind);
    QDialog::reject();
}

namespace {

/// "45 min", "4 h", "2 h 30 min" for a target in minutes.
QString duration(int minutes)
{
    const int h = minutes / 60;
    const int m = minutes % 60;
    if (h == 0)
        return CaseIntakeDialog::tr("%1 min").arg(m);
    if (m == 0)
        return CaseIntakeDialog::tr("%1 h").arg(h);
    return CaseIntakeDialog::tr("%1 h %2 min").arg(h).arg(m);
}

} // namespace

void CaseIntakeDialog::showPriority()
{
    const auto severity =
        core::severityFromInt(m_severity->currentData().toInt()).value_or(core::Severity::Medium);
    const auto impact =
        core::impactFromInt(m_impact->currentData().toInt()).value_or(core::BusinessImpact::None);
    const core::Priority p = m_matrix.of(severity, impact);
    const core::SlaTargets& t = m_policies.of(p);
    QString text = tr("<b>%1</b> — acknowledge within %2, contact within %3, resolve within %4")
                       .arg(core::labelOf(p).toHtmlEscaped(), duration(t.acknowledgeMinutes),
                            duration(t.contactMinutes), duration(t.resolveMinutes));
    text += t.aroundTheClock ? tr(", around the clock.") : tr(" of business time.");
    if (impact == core::BusinessImpact::Stopped)
        text += QStringLiteral("<br>") +
                tr("The customer's business is stopped: an emergency whatever the severity.");
    m_priority->setText(text);
}

} // namespace redress::ui
