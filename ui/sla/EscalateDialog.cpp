#include "ui/sla/EscalateDialog.h"

#include "core/cases/CaseTypes.h"
#include "core/store/SlaRepository.h"
#include "ui/common/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace redress::ui {

EscalateDialog::EscalateDialog(const Session& session, qint64 caseId, QWidget* parent)
    : QDialog(parent), m_session(session), m_caseId(caseId)
{
    setObjectName(QStringLiteral("escalateDialog"));
    const QString ref = core::referenceFor(caseId);
    setWindowTitle(tr("Escalate %1").arg(ref));
    auto* form = new QFormLayout(this);

    // The rung is read afresh: someone else may have escalated the case
    // since the detail was drawn.
    core::EscalationLevel from = core::EscalationLevel::Rep;
    if (auto snap = core::SlaRepository::snapshotIn(m_session.db().connection(), caseId))
        from = snap->facts.level;
    m_rungs = new QLabel;
    m_rungs->setObjectName(QStringLiteral("escalateRungs"));
    m_rungs->setWordWrap(true);
    m_rungs->setTextFormat(Qt::RichText);
    if (from == core::EscalationLevel::Executive) {
        m_possible = false;
        m_rungs->setText(tr("%1 is already with the <b>%2</b>, the top of the ladder.")
                             .arg(ref, core::labelOf(from).toHtmlEscaped()));
    } else {
        const auto to = static_cast<core::EscalationLevel>(static_cast<int>(from) + 1);
        QString text = tr("%1 goes from the <b>%2</b> to the <b>%3</b>.")
                           .arg(ref, core::labelOf(from).toHtmlEscaped(), core::labelOf(to).toHtmlEscaped());
        if (to == core::EscalationLevel::Executive) {
            QStringList owed;
            for (core::Obligation::Kind k : core::allObligationKinds())
                owed << QStringLiteral("<li>%1</li>").arg(core::labelOf(k).toHtmlEscaped());
            text += QStringLiteral("<br>") + tr("The service executive then owes the customer:") +
                    QStringLiteral("<ul style=\"margin-top:2px\">%1</ul>").arg(owed.join(QString()));
        }
        m_rungs->setText(text);
    }
    form->addRow(m_rungs);

    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("escalateReason"));
    m_reason->setPlaceholderText(tr("What the next rung needs to know, and why now"));
    m_reason->setAccessibleName(tr("Reason"));
    form->addRow(tr("&Reason:"), m_reason);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("escalateError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    form->addRow(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Escalate"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EscalateDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(m_buttons);
    connect(m_reason, &QLineEdit::textChanged, this, &EscalateDialog::updateOk);
    updateOk();
    m_reason->setFocus();
    // The rungs' text wraps: its height depends on the width.
    resize(480, form->hasHeightForWidth() ? form->totalHeightForWidth(480) : sizeHint().height());
}

QString EscalateDialog::reason() const
{
    return m_reason->text();
}

void EscalateDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_possible && !m_reason->text().trimmed().isEmpty());
}

void EscalateDialog::accept()
{
    // Called directly too (a test, a script): the button's rule holds.
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    auto made =
        core::EscalationRepository(m_session.db(), m_session.user()).escalate(m_caseId, m_reason->text());
    if (!made) {
        m_error->setText(made.error().message);
        m_error->show();
        m_reason->setFocus();
        return;
    }
    m_made = *made;
    QDialog::accept();
}

} // namespace redress::ui
