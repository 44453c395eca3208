#include "ui/recovery/SolutionDialog.h"

#include "core/Clock.h"
#include "core/store/RecoveryRepository.h"
#include "ui/common/Session.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

namespace redress::ui {

SolutionDialog::SolutionDialog(const Session& session, core::Case c, QWidget* parent)
    : QDialog(parent), m_session(session), m_case(std::move(c))
{
    setObjectName(QStringLiteral("solutionDialog"));
    setWindowTitle(tr("Solve %1").arg(m_case.reference()));
    auto* form = new QFormLayout(this);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("solutionError"));
    m_error->setWordWrap(true);
    m_error->hide();
    form->addRow(m_error);
    m_wants = new QLineEdit;
    m_wants->setObjectName(QStringLiteral("wantsEdit"));
    m_wants->setPlaceholderText(tr("Ask them, and write their answer in their words"));
    form->addRow(tr("The customer &wants:"), m_wants);
    m_fix = new QPlainTextEdit;
    m_fix->setObjectName(QStringLiteral("fixEdit"));
    m_fix->setTabChangesFocus(true);
    m_fix->setPlaceholderText(tr("The fix, or the best alternative when it cannot be fixed"));
    m_fix->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    form->addRow(tr("&Fix:"), m_fix);
    m_promise = new QCheckBox(tr("&Promise a date"));
    m_promise->setObjectName(QStringLiteral("promiseCheck"));
    m_promisedBy = new QDateEdit(core::Clock::now().toLocalTime().date().addDays(3));
    m_promisedBy->setObjectName(QStringLiteral("promisedByEdit"));
    m_promisedBy->setAccessibleName(tr("Promised by"));
    m_promisedBy->setCalendarPopup(true);
    m_promisedBy->setMinimumDate(core::Clock::now().toLocalTime().date());
    m_promisedBy->setEnabled(false);
    form->addRow(m_promise, m_promisedBy);
    m_history = new QLabel;
    m_history->setObjectName(QStringLiteral("promiseHistory"));
    m_history->setWordWrap(true);
    form->addRow(m_history);

    // How long this category of problem took before (article 004: a
    // realistic estimate, not a hopeful one).
    if (auto days =
            core::RecoveryRepository(m_session.db(), m_session.user()).typicalFixDays(m_case.productCategory);
        days && days->has_value())
        m_typicalDays = **days;
    connect(m_promise, &QCheckBox::toggled, m_promisedBy, &QWidget::setEnabled);
    connect(m_promise, &QCheckBox::toggled, this, &SolutionDialog::checkPromise);
    connect(m_promisedBy, &QDateEdit::dateChanged, this, &SolutionDialog::checkPromise);

    if (auto state = core::RecoveryRepository(m_session.db(), m_session.user()).state(m_case.id);
        state && state->solution) {
        m_wants->setText(state->solution->customerWants);
        m_fix->setPlainText(state->solution->fix);
        if (state->solution->promisedBy.isValid()) {
            m_promise->setChecked(true);
            m_promisedBy->setDate(state->solution->promisedBy);
        }
    }
    checkPromise();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SolutionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    resize(520, sizeHint().height());
}

void SolutionDialog::checkPromise()
{
    if (!m_typicalDays) {
        m_history->setText(tr("No history yet for this kind of problem."));
        return;
    }
    const int typical = qRound(*m_typicalDays);
    QString text = tr("Problems like this took %1 days to fix (median of recent cases).").arg(typical);
    if (m_promise->isChecked()) {
        const qint64 promised = core::Clock::now().toLocalTime().date().daysTo(m_promisedBy->date());
        if (promised < *m_typicalDays)
            text += QLatin1Char(' ') +
                    tr("This promise allows %1 days: shorter than usual, so make sure it can be kept.")
                        .arg(promised);
    }
    m_history->setText(text);
}

void SolutionDialog::accept()
{
    const QDate promise = m_promise->isChecked() ? m_promisedBy->date() : QDate();
    auto ok = core::RecoveryRepository(m_session.db(), m_session.user())
                  .recordSolution(m_case.id, m_fix->toPlainText(), m_wants->text(), promise);
    if (!ok) {
        m_error->setText(ok.error().message);
        m_error->show();
        if (ok.error().field == QLatin1String("customer_wants"))
            m_wants->setFocus();
        else if (ok.error().field == QLatin1String("fix"))
            m_fix->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace redress::ui
