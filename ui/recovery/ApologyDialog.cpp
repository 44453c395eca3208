#include "ui/recovery/ApologyDialog.h"

#include "core/recovery/ApologyChecker.h"
#include "core/recovery/ApologyRules.h"
#include "core/recovery/ApologyTemplate.h"
#include "core/recovery/ApologyTemplateSet.h"
#include "core/recovery/TemplateContext.h"
#include "core/store/MailRepository.h"
#include "core/store/RecoveryRepository.h"
#include "ui/common/Config.h"
#include "ui/common/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

#include <memory>

namespace redress::ui {

namespace {

} // namespace

ApologyDialog::ApologyDialog(const Session& session, core::Case c, QWidget* parent)
    : QDialog(parent), m_session(session), m_case(std::move(c))
{
    setObjectName(QStringLiteral("apologyDialog"));
    setWindowTitle(tr("Apologise for %1").arg(m_case.reference()));
    auto* layout = new QVBoxLayout(this);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("apologyError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto* form = new QFormLayout;
    m_template = new QComboBox;
    m_template->setObjectName(QStringLiteral("templateCombo"));
    form->addRow(tr("&Script:"), m_template);
    m_channel = new QComboBox;
    m_channel->setObjectName(QStringLiteral("apologyChannel"));
    for (core::Channel ch : core::allChannels())
        m_channel->addItem(core::labelOf(ch), core::keyOf(ch));
    m_channel->setCurrentIndex(m_channel->findData(core::keyOf(m_case.channel)));
    form->addRow(tr("Sent &by:"), m_channel);
    layout->addLayout(form);
    // By e-mail the apology goes out as a message of the conversation, when
    // there is a mailbox to send it and an address to send it to.
    core::MailRepository mail(m_session.db(), m_session.user().id);
    if (auto account = mail.account(); !account || !*account)
        m_mailUnavailable = tr("No team mailbox is set up: recorded as sent by e-mail, but nothing is sent.");
    else if (auto address = mail.customerAddress(m_case.id); !address || address->trimmed().isEmpty())
        m_mailUnavailable = tr(
            "No e-mail address is known for the customer: recorded as sent by e-mail, but nothing is sent.");
    m_mailNote = new QLabel;
    m_mailNote->setObjectName(QStringLiteral("apologyMailNote"));
    m_mailNote->setWordWrap(true);
    layout->addWidget(m_mailNote);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &ApologyDialog::showMailNote);

    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("apologyText"));
    m_text->setAccessibleName(tr("Apology"));
    m_text->setTabChangesFocus(true);
    layout->addWidget(m_text, 3);
    auto* checks = new QLabel(tr("Checker (warnings only):"));
    layout->addWidget(checks);
    m_findings = new QListWidget;
    m_findings->setObjectName(QStringLiteral("apologyFindings"));
    m_findings->setAccessibleName(tr("Checker findings"));
    m_findings->setWordWrap(true);
    m_findings->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    checks->setBuddy(m_findings);
    layout->addWidget(m_findings, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_sent = buttons->addButton(tr("&Record as sent"), QDialogButtonBox::AcceptRole);
    m_sent->setObjectName(QStringLiteral("recordSentButton"));
    showMailNote();
    connect(buttons, &QDialogButtonBox::accepted, this, &ApologyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Templates live in the store, versioned; the shipped set seeds it.
    core::TemplateRepository templates(m_session.db(), m_session.user());
    auto shipped = core::ApologyTemplateSet::defaults();
    if (shipped)
        templates.ensureDefaults(*shipped);
    m_templates = templates.latest().value_or(QList<core::StoredTemplate>());
    m_template->addItem(tr("(write from scratch)"), qint64(0));
    for (const core::StoredTemplate& t : std::as_const(m_templates))
        m_template->addItem(tr("%1 (v%2)").arg(t.title).arg(t.version), t.id);
    if (shipped) {
        const QString key = shipped->suggest(core::ApologyTemplateSet::Situation::of(
            m_case, m_case.productCategory, m_case.customerSegment, m_case.earlierCases > 0));
        for (int i = 0; i < m_templates.size(); ++i) {
            if (m_templates[i].key == key) {
                m_template->setCurrentIndex(i + 1);
                m_template->setItemText(i + 1, m_template->itemText(i + 1) + tr(" — suggested"));
            }
        }
    }
    connect(m_template, &QComboBox::currentIndexChanged, this, &ApologyDialog::fillFromTemplate);
    m_checkDelay.setSingleShot(true);
    m_checkDelay.setInterval(300);
    connect(&m_checkDelay, &QTimer::timeout, this, &ApologyDialog::runChecker);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        ++m_generation; // the findings shown are for the text before
        m_checkDelay.start();
    });
    connect(m_findings, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        QTextCursor cursor = m_text->textCursor();
        cursor.setPosition(item->data(Qt::UserRole).toInt());
        cursor.setPosition(item->data(Qt::UserRole).toInt() + item->data(Qt::UserRole + 1).toInt(),
                           QTextCursor::KeepAnchor);
        m_text->setTextCursor(cursor);
        m_text->setFocus();
    });
    fillFromTemplate();
    resize(760, 600);
}

void ApologyDialog::showMailNote()
{
    const bool email = m_channel->currentData().toString() == core::keyOf(core::Channel::Email);
    m_mailNote->setText(m_mailUnavailable.isEmpty()
                            ? tr("Recording it sends it to the customer by e-mail with the next mail pass.")
                            : m_mailUnavailable);
    m_mailNote->setVisible(email);
    m_sent->setText(email && m_mailUnavailable.isEmpty() ? tr("&Record and send") : tr("&Record as sent"));
}

QString ApologyDialog::draft() const
{
    return m_text->toPlainText();
}

void ApologyDialog::setDraft(const QString& text)
{
    m_text->setPlainText(text);
    runChecker();
}

int ApologyDialog::findingCount() const
{
    return m_findingCount;
}

bool ApologyDialog::isChecked() const
{
    return m_checkedGeneration == m_generation && !m_checking;
}

void ApologyDialog::fillFromTemplate()
{
    const int i = m_template->currentIndex() - 1;
    if (i < 0 || i >= m_templates.size()) {
        m_text->clear();
        runChecker();
        return;
    }
    auto parsed = core::ApologyTemplate::parse(m_templates[i].body);
    if (!parsed) {
        // A template stored before the limits, or by another build, is
        // refused here rather than rendered.
        m_error->setText(
            tr("The template “%1” cannot be used: %2").arg(m_templates[i].title, parsed.error().message));
        m_error->show();
        return;
    }
    m_error->hide();
    // What happens next comes from the solution when it is already known.
    QDate promised;
    QString nextStep;
    if (auto state = core::RecoveryRepository(m_session.db(), m_session.user()).state(m_case.id);
        state && state->solution) {
        promised = state->solution->promisedBy;
        nextStep = state->solution->fix;
    }
    m_text->setPlainText(parsed->render(
        core::TemplateContext::forCase(m_case, m_session.user().displayName, nextStep, promised, QLocale(),
                                       Config::string(Config::Key::CompanyName))));
    runChecker();
}

void ApologyDialog::runChecker()
{
    m_checkDelay.stop();
    ++m_generation;
    // One check at a time: a draft typed while one runs is checked when it
    // ends, so fast typing on a long draft never piles up threads.
    if (!m_checking)
        startCheck();
}

void ApologyDialog::startCheck()
{
    const QString draft = m_text->toPlainText();
    const quint64 generation = m_generation;
    if (const QString tooLong = core::ApologyChecker::tooLong(draft.size()); !tooLong.isEmpty()) {
        m_findings->clear();
        m_findings->addItem(tooLong);
        m_text->setExtraSelections({});
        m_findingCount = 0;
        m_checkedGeneration = generation;
        if (m_acceptPending) {
            m_acceptPending = false;
            m_text->setReadOnly(false);
            m_sent->setEnabled(true);
            m_error->setText(tooLong);
            m_error->show();
        }
        return;
    }
    m_checking = true;
    auto findings = std::make_shared<QList<core::ApologyFinding>>();
    m_workers.start(
        QStringLiteral("apology-check"),
        [draft, findings] { *findings = core::ApologyChecker::forDraft(draft).check(draft); },
        [this, generation, findings] {
            m_checking = false;
            if (generation != m_generation) {
                startCheck(); // the draft changed meanwhile: only the newest counts
                return;
            }
            showFindings(*findings);
            m_checkedGeneration = generation;
            if (m_acceptPending)
                record();
        });
}

void ApologyDialog::showFindings(const QList<core::ApologyFinding>& findings)
{
    // Advice is shown but not counted: it is no reason to think twice.
    m_findingCount = static_cast<int>(
        std::count_if(findings.cbegin(), findings.cend(), [](const auto& f) { return f.isReflexFinding(); }));
    m_findings->clear();
    QList<QTextEdit::ExtraSelection> marks;
    for (const core::ApologyFinding& f : findings) {
        const QString where = f.passage.isEmpty() ? QString() : QStringLiteral(" “%1”").arg(f.passage);
        auto* item = new QListWidgetItem(
            QStringLiteral("%1:%2 %3%4 — %5").arg(f.line).arg(f.column).arg(f.shownKind(), where, f.why));
        item->setToolTip(item->text());
        item->setData(Qt::UserRole, f.offset);
        item->setData(Qt::UserRole + 1, f.length);
        m_findings->addItem(item);
        if (f.length > 0) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(m_text->document());
            mark.cursor.setPosition(f.offset);
            mark.cursor.setPosition(f.offset + f.length, QTextCursor::KeepAnchor);
            mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            mark.format.setUnderlineColor(QColor(0xd0, 0x70, 0x00));
            marks << mark;
        }
    }
    if (findings.isEmpty())
        m_findings->addItem(tr("Nothing to flag: no excuses, an apology and a next step."));
    m_text->setExtraSelections(marks);
}

void ApologyDialog::accept()
{
    if (m_acceptPending)
        return;
    if (!isChecked()) {
        // The findings are recorded with the apology, so they must be the
        // checker's word on this text: wait for it, the text held still.
        m_acceptPending = true;
        m_text->setReadOnly(true);
        m_sent->setEnabled(false);
        if (!m_checking)
            runChecker(); // else its end starts the check of this text
        return;
    }
    record();
}

void ApologyDialog::record()
{
    m_acceptPending = false;
    m_text->setReadOnly(false);
    m_sent->setEnabled(true);
    if (const QString tooLong = core::ApologyChecker::tooLong(m_text->toPlainText().size());
        !tooLong.isEmpty()) {
        m_error->setText(tooLong);
        m_error->show();
        return;
    }
    const int i = m_template->currentIndex() - 1;
    const qint64 templateId = i >= 0 && i < m_templates.size() ? m_templates[i].id : 0;
    // By e-mail, the message is queued inside the apology's own transaction:
    // the apology is recorded and queued as one unit, or neither is.
    const core::Channel channel =
        core::channelFromKey(m_channel->currentData().toString()).value_or(m_case.channel);
    const bool mail = channel == core::Channel::Email && m_mailUnavailable.isEmpty();
    const QString text = m_text->toPlainText();
    QString queued;
    std::function<core::Status(const QSqlDatabase&)> queue;
    if (mail) {
        queue = [&](const QSqlDatabase& db) -> core::Status {
            auto id = core::MailRepository::queueReplyIn(db, m_session.user().id, m_case.id, text, {}, {},
                                                         QStringLiteral("apology"));
            if (!id)
                return std::unexpected(id.error());
            queued = *id;
            return {};
        };
    }
    auto sent = core::RecoveryRepository(m_session.db(), m_session.user())
                    .recordApology(m_case.id, text, channel, templateId, m_findingCount, queue);
    if (!sent) {
        m_error->setText(sent.error().message);
        m_error->show();
        return;
    }
    m_queued = queued;
    QDialog::accept();
}

} // namespace redress::ui
