#include "ui/cases/FollowUpDialog.h"

#include "core/report/Reports.h"
#include "core/store/FollowUpRepository.h"
#include "ui/common/DialogParts.h"
#include "ui/common/Session.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace redress::ui {

QString FollowUpDialog::classText(int score)
{
    switch (core::npsClassOf(score)) {
    case core::NpsClass::Champion: return tr("Champion");
    case core::NpsClass::Passive: return tr("Passive");
    case core::NpsClass::Detractor: break;
    }
    return tr("Detractor");
}

FollowUpDialog::FollowUpDialog(const Session& session, qint64 caseId, QWidget* parent)
    : QDialog(parent), m_session(session), m_caseId(caseId)
{
    setObjectName(QStringLiteral("followUpDialog"));
    setWindowTitle(tr("Follow-up of %1").arg(core::referenceFor(caseId)));
    auto* layout = new QVBoxLayout(this);
    // A reply to the follow-up by mail that Redress could not read for a
    // score: the person reads it here and records what it says.
    if (auto survey = core::SurveyRepository(session.db(), session.user().id).forCase(caseId);
        survey && *survey && (*survey)->state == core::Survey::State::NeedsReading)
        m_answer = **survey;
    if (m_answer) {
        auto* heading = new QLabel(tr("The customer answered the follow-up by mail:"));
        auto* answer = new QPlainTextEdit(m_answer->replyText);
        answer->setObjectName(QStringLiteral("followUpAnswer"));
        answer->setReadOnly(true);
        answer->setAccessibleName(tr("The customer's answer"));
        answer->setMaximumHeight(140);
        answer->setTabChangesFocus(true);
        layout->addWidget(heading);
        layout->addWidget(answer);
    }
    auto* form = new QFormLayout;
    layout->addLayout(form);

    m_score = new QSpinBox;
    m_score->setObjectName(QStringLiteral("followUpScore"));
    m_score->setRange(core::FollowUpRepository::minScore, core::FollowUpRepository::maxScore);
    m_score->setValue(core::championMinScore);
    m_score->setAccessibleName(tr("Score"));
    auto* question = new QLabel(tr("How likely is the customer to &recommend us? (0–10)"));
    question->setBuddy(m_score);
    form->addRow(question, m_score);

    m_class = new QLabel;
    m_class->setObjectName(QStringLiteral("followUpClass"));
    m_class->setWordWrap(true);
    form->addRow(m_class); // the whole width: the explanation is a sentence

    m_comment = new QLineEdit;
    m_comment->setObjectName(QStringLiteral("followUpComment"));
    m_comment->setMaxLength(core::FollowUpRepository::maxComment);
    m_comment->setMinimumWidth(340);
    m_comment->setPlaceholderText(tr("What the customer said, in their words"));
    auto* commentLabel = new QLabel(tr("&Comment:"));
    commentLabel->setBuddy(m_comment);
    form->addRow(commentLabel, m_comment);

    m_hasPrior = new QCheckBox(tr("Score &before the complaint is known:"));
    m_hasPrior->setObjectName(QStringLiteral("followUpHasPrior"));
    m_prior = new QSpinBox;
    m_prior->setObjectName(QStringLiteral("followUpPrior"));
    m_prior->setRange(core::FollowUpRepository::minScore, core::FollowUpRepository::maxScore);
    m_prior->setEnabled(false);
    m_prior->setAccessibleName(tr("Score before the complaint"));
    form->addRow(m_hasPrior, m_prior);
    connect(m_hasPrior, &QCheckBox::toggled, m_prior, &QWidget::setEnabled);

    // The comment right after the score: the usual path is score, Tab, words, Return.
    setTabOrder(m_score, m_comment);
    setTabOrder(m_comment, m_hasPrior);
    setTabOrder(m_hasPrior, m_prior);

    const FormMessages messages =
        addFormMessages(layout, QStringLiteral("followUpError"), QStringLiteral("followUpStatus"));
    m_error = messages.error;
    m_status = messages.status;
    m_save = addSaveAndClose(this, layout, true, QStringLiteral("saveFollowUpButton"));
    connect(m_save, &QPushButton::clicked, this, &FollowUpDialog::save);
    if (m_answer) {
        // What the customer wrote is theirs: no score before it to add.
        m_hasPrior->hide();
        m_prior->hide();
        m_comment->setText(m_answer->replyText.simplified().left(500));
        auto* aside = new QPushButton(tr("Set &aside, no score"));
        aside->setObjectName(QStringLiteral("setAsideFollowUpButton"));
        aside->setToolTip(tr("The answer says nothing to score; it stays on the conversation."));
        layout->addWidget(aside, 0, Qt::AlignLeft);
        connect(aside, &QPushButton::clicked, this, &FollowUpDialog::setAside);
    }

    connect(m_score, &QSpinBox::valueChanged, this, &FollowUpDialog::showClass);
    showClass();
    m_score->setFocus();
    m_score->selectAll();
}

void FollowUpDialog::showClass()
{
    const int score = m_score->value();
    QString why;
    switch (core::npsClassOf(score)) {
    case core::NpsClass::Champion: why = tr("9–10: would recommend us unprompted."); break;
    case core::NpsClass::Passive: why = tr("7–8: satisfied, but would not speak up for us."); break;
    case core::NpsClass::Detractor: why = tr("0–6: unhappy; may warn others off."); break;
    }
    m_class->setText(
        QStringLiteral("<b>%1</b> — %2").arg(classText(score).toHtmlEscaped(), why.toHtmlEscaped()));
}

bool FollowUpDialog::save()
{
    // A spin box commits typed digits on focus-out; Return must see them too.
    m_score->interpretText();
    m_prior->interpretText();
    m_error->hide();
    m_status->clear();
    const std::optional<int> prior =
        m_hasPrior->isChecked() ? std::optional<int>(m_prior->value()) : std::nullopt;
    core::Status made;
    if (m_answer) {
        made = core::SurveyRepository(m_session.db(), m_session.user().id)
                   .record(m_answer->id, m_score->value(), m_comment->text().trimmed());
    } else if (auto recorded = core::FollowUpRepository(m_session.db(), m_session.user())
                                   .record(m_caseId, m_score->value(), prior, m_comment->text().trimmed());
               !recorded) {
        made = std::unexpected(recorded.error());
    }
    if (!made) {
        m_error->setText(made.error().message);
        m_error->show();
        return false;
    }
    Q_EMIT saved(m_caseId);
    accept();
    return true;
}

bool FollowUpDialog::setAside()
{
    if (!m_answer)
        return false;
    m_error->hide();
    if (auto ok = core::SurveyRepository(m_session.db(), m_session.user().id).dismiss(m_answer->id); !ok) {
        m_error->setText(ok.error().message);
        m_error->show();
        return false;
    }
    Q_EMIT saved(m_caseId);
    accept();
    return true;
}

} // namespace redress::ui
