#include "ui/recovery/GestureDialog.h"

#include "core/store/RecoveryRepository.h"
#include "ui/common/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace redress::ui {

namespace {
QString money(qint64 cents)
{
    return QLocale().toString(cents / 100.0, 'f', 2);
}
} // namespace

GestureDialog::GestureDialog(const Session& session, core::Case c, QWidget* parent)
    : QDialog(parent), m_session(session), m_case(std::move(c))
{
    setObjectName(QStringLiteral("gestureDialog"));
    setWindowTitle(tr("Add value to %1").arg(m_case.reference()));
    core::RecoveryRepository recovery(m_session.db(), m_session.user());
    m_types = recovery.catalogue().value_or(QList<core::GestureType>());
    m_limit = recovery.limitFor(m_session.user().role).value_or(0);
    if (auto state = recovery.state(m_case.id)) {
        for (const core::Gesture& g : state->gestures)
            m_given += g.counts() ? g.costCents : 0;
    }

    auto* layout = new QVBoxLayout(this);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("gestureError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto* give = new QGroupBox(tr("Give something extra"));
    auto* form = new QFormLayout(give);
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("gestureTypeCombo"));
    for (const core::GestureType& t : std::as_const(m_types))
        m_type->addItem(t.name, t.id);
    form->addRow(tr("&Gesture:"), m_type);
    m_cost = new QDoubleSpinBox;
    m_cost->setObjectName(QStringLiteral("gestureCost"));
    m_cost->setRange(0, core::RecoveryRepository::maxCostCents / 100.0);
    m_cost->setDecimals(2);
    form->addRow(tr("&Cost:"), m_cost);
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("gestureNote"));
    form->addRow(tr("&Note:"), m_note);
    m_weigh = new QLabel;
    m_weigh->setObjectName(QStringLiteral("gestureWeigh"));
    m_weigh->setWordWrap(true);
    form->addRow(m_weigh);
    auto* giveButton = new QPushButton(tr("Gi&ve"));
    giveButton->setObjectName(QStringLiteral("giveButton"));
    giveButton->setDefault(true);
    connect(giveButton, &QPushButton::clicked, this, &GestureDialog::accept);
    form->addRow(giveButton);
    layout->addWidget(give);

    auto* declined = new QGroupBox(tr("Or: the customer declines"));
    auto* declineForm = new QFormLayout(declined);
    m_declineReason = new QLineEdit;
    m_declineReason->setObjectName(QStringLiteral("declineReason"));
    m_declineReason->setPlaceholderText(tr("Their reason, in their words"));
    declineForm->addRow(tr("&Reason:"), m_declineReason);
    auto* declineButton = new QPushButton(tr("Record the &decline"));
    declineButton->setObjectName(QStringLiteral("declineButton"));
    declineButton->setAutoDefault(false);
    connect(declineButton, &QPushButton::clicked, this, &GestureDialog::decline);
    declineForm->addRow(declineButton);
    layout->addWidget(declined);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && i < m_types.size())
            m_cost->setValue(m_types[i].defaultCostCents / 100.0);
    });
    connect(m_cost, &QDoubleSpinBox::valueChanged, this, &GestureDialog::explain);
    if (!m_types.isEmpty())
        m_cost->setValue(m_types.first().defaultCostCents / 100.0);
    explain();
}

void GestureDialog::explain()
{
    const qint64 cost = qRound64(m_cost->value() * 100);
    // Article 003: weigh the cost against what the customer is worth.
    QString text = tr("Lifetime value of %1: %2. Given on this case so far: %3.")
                       .arg(m_case.customerName, money(m_case.customerLifetimeValueCents), money(m_given));
    if (m_given + cost <= m_limit)
        text += QLatin1Char(' ') + tr("Within your limit of %1: given at once.").arg(money(m_limit));
    else
        text += QLatin1Char(' ') +
                tr("Over your limit of %1: it will wait for a lead's approval.").arg(money(m_limit));
    m_weigh->setText(text);
}

void GestureDialog::showError(const core::Error& error)
{
    m_error->setText(error.message);
    m_error->show();
}

void GestureDialog::accept()
{
    if (m_type->currentIndex() < 0)
        return;
    auto given = core::RecoveryRepository(m_session.db(), m_session.user())
                     .giveGesture(m_case.id, m_type->currentData().toLongLong(),
                                  qRound64(m_cost->value() * 100), m_note->text());
    if (!given) {
        showError(given.error());
        return;
    }
    QDialog::accept();
}

void GestureDialog::decline()
{
    if (auto ok = core::RecoveryRepository(m_session.db(), m_session.user())
                      .recordDecline(m_case.id, m_declineReason->text());
        !ok) {
        showError(ok.error());
        m_declineReason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace redress::ui
