#include "ui/mail/ReplyDialog.h"

#include "core/recovery/ApologyRules.h"
#include "core/recovery/ApologyTemplate.h"
#include "core/recovery/TemplateContext.h"
#include "core/store/MailRepository.h"
#include "ui/common/Config.h"
#include "ui/common/DialogParts.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Session.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <memory>

namespace redress::ui {

namespace {

qint64 totalSize(const QStringList& paths)
{
    qint64 total = 0;
    for (const QString& p : paths)
        total += QFileInfo(p).size();
    return total;
}

} // namespace

ReplyDialog::ReplyDialog(const Session& session, core::Case c, QWidget* parent)
    : QDialog(parent), m_session(session), m_case(std::move(c))
{
    setObjectName(QStringLiteral("replyDialog"));
    setWindowTitle(tr("Reply on %1").arg(m_case.reference()));
    auto* layout = new QVBoxLayout(this);
    m_error = errorLabel(QStringLiteral("replyError"), true);
    layout->addWidget(m_error);

    core::MailRepository mail(m_session.db(), m_session.user().id);
    QString address;
    if (auto account = mail.account(); !account)
        m_reason = account.error().message;
    else if (!*account)
        m_reason = tr("No team mailbox is set up, so nothing can be sent. An administrator sets it up in "
                      "Settings › Mail.");
    if (m_reason.isEmpty()) {
        auto customer = mail.customerAddress(m_case.id);
        if (customer && !customer->trimmed().isEmpty())
            address = *customer;
        else
            m_reason = tr("No e-mail address is known for %1: add one to the customer, or answer by phone.")
                           .arg(m_case.customerName);
    }

    auto* form = new QFormLayout;
    m_to = new QLineEdit(address);
    m_to->setObjectName(QStringLiteral("replyTo"));
    m_to->setReadOnly(true);
    form->addRow(tr("To:"), m_to);
    m_subject = new QLineEdit;
    m_subject->setObjectName(QStringLiteral("replySubject"));
    form->addRow(tr("&Subject:"), m_subject);
    m_template = new QComboBox;
    m_template->setObjectName(QStringLiteral("replyTemplate"));
    form->addRow(tr("&Template:"), m_template);
    layout->addLayout(form);

    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("replyText"));
    m_text->setAccessibleName(tr("Reply"));
    m_text->setTabChangesFocus(true);
    layout->addWidget(m_text, 3);
    auto* checks = new QLabel(tr("Checker (warnings only):"));
    layout->addWidget(checks);
    m_findings = new QListWidget;
    m_findings->setObjectName(QStringLiteral("replyFindings"));
    m_findings->setAccessibleName(tr("Checker findings"));
    m_findings->setWordWrap(true);
    m_findings->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    checks->setBuddy(m_findings);
    layout->addWidget(m_findings, 1);

    auto* filesLabel = new QLabel(tr("Attachments (up to 25 MB in all):"));
    layout->addWidget(filesLabel);
    auto* filesRow = new QHBoxLayout;
    m_files = new QListWidget;
    m_files->setObjectName(QStringLiteral("replyAttachments"));
    m_files->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    filesLabel->setBuddy(m_files);
    filesRow->addWidget(m_files, 1);
    auto* fileButtons = new QVBoxLayout;
    auto* add = new QPushButton(tr("&Add…"));
    add->setObjectName(QStringLiteral("replyAddFile"));
    connect(add, &QPushButton::clicked, this, [this] {
        const QString path = MessageBox::openFileName(this, tr("Attach a file"), QString(), QString());
        if (!path.isEmpty())
            addAttachments({path});
    });
    auto* remove = new QPushButton(tr("Re&move"));
    remove->setObjectName(QStringLiteral("replyRemoveFile"));
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_files->currentRow();
        if (row < 0)
            return;
        m_paths.removeAt(row);
        delete m_files->takeItem(row);
        m_error->hide();
    });
    fileButtons->addWidget(add);
    fileButtons->addWidget(remove);
    fileButtons->addStretch();
    filesRow->addLayout(fileButtons);
    layout->addLayout(filesRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_send = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("replySendButton"));
    m_send->setToolTip(tr("Queue the message; the next mail pass sends it (Ctrl+Return)"));
    // As in mail programs: Ctrl+Return sends from the text itself.
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &ReplyDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReplyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // The subject continues the conversation, as the outbox would make it.
    m_subject->setText(mail.replySubject(m_case.id).value_or(QString()));

    m_templates = core::TemplateRepository(m_session.db(), m_session.user())
                      .latest()
                      .value_or(QList<core::StoredTemplate>());
    m_template->addItem(tr("(none: write from scratch)"));
    for (const core::StoredTemplate& t : std::as_const(m_templates))
        m_template->addItem(t.title);
    connect(m_template, &QComboBox::activated, this, &ReplyDialog::insertTemplate);

    m_checkDelay.setSingleShot(true);
    m_checkDelay.setInterval(300);
    connect(&m_checkDelay, &QTimer::timeout, this, &ReplyDialog::runChecker);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        ++m_generation;
        m_checkDelay.start();
    });

    if (!m_reason.isEmpty()) {
        showError(m_reason);
        m_send->setEnabled(false);
        m_send->setToolTip(m_reason);
    }
    runChecker();
    resize(720, 640);
    // A rep opens Reply to write: the text takes the keys, not the read-only To.
    m_text->setFocus();
}

void ReplyDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

bool ReplyDialog::addAttachments(const QStringList& paths)
{
    if (paths.isEmpty())
        return false;
    const qint64 total = totalSize(m_paths + paths);
    if (total > maxAttachmentBytes) {
        showError(
            tr("These files would make %1 in all; a reply carries at most %2. Send fewer, or share a link.")
                .arg(QLocale().formattedDataSize(total), QLocale().formattedDataSize(maxAttachmentBytes)));
        return false;
    }
    for (const QString& p : paths) {
        const QFileInfo info(p);
        if (!info.isFile() || !info.isReadable()) {
            showError(tr("%1 cannot be read.").arg(p));
            return false;
        }
    }
    for (const QString& p : paths) {
        m_paths << p;
        m_files->addItem(QStringLiteral("%1 (%2)").arg(QFileInfo(p).fileName(),
                                                       QLocale().formattedDataSize(QFileInfo(p).size())));
    }
    if (m_reason.isEmpty())
        m_error->hide();
    return true;
}

void ReplyDialog::insertTemplate(int index)
{
    const int i = index - 1;
    if (i < 0 || i >= m_templates.size())
        return;
    auto parsed = core::ApologyTemplate::parse(m_templates[i].body);
    if (!parsed) {
        showError(
            tr("The template “%1” cannot be used: %2").arg(m_templates[i].title, parsed.error().message));
        return;
    }
    const QString text = parsed->render(core::TemplateContext::forCase(
        m_case, m_session.user().displayName, {}, {}, QLocale(), Config::string(Config::Key::CompanyName)));
    // Into an empty reply the template is the reply; otherwise it goes where the cursor is.
    if (m_text->toPlainText().trimmed().isEmpty())
        m_text->setPlainText(text);
    else
        m_text->insertPlainText(text);
    runChecker();
}

void ReplyDialog::runChecker()
{
    m_checkDelay.stop();
    ++m_generation;
    if (!m_checking)
        startCheck();
}

void ReplyDialog::startCheck()
{
    const QString draft = m_text->toPlainText();
    const quint64 generation = m_generation;
    if (const QString tooLong = core::ApologyChecker::tooLong(draft.size()); !tooLong.isEmpty()) {
        m_findings->clear();
        m_findings->addItem(tooLong);
        m_findingCount = 0;
        m_checkedGeneration = generation;
        return;
    }
    m_checking = true;
    auto findings = std::make_shared<QList<core::ApologyFinding>>();
    m_workers.start(
        QStringLiteral("reply-check"),
        [draft, findings] { *findings = core::ApologyChecker::forDraft(draft).check(draft); },
        [this, generation, findings] {
            m_checking = false;
            if (generation != m_generation) {
                startCheck();
                return;
            }
            showFindings(*findings);
            m_checkedGeneration = generation;
        });
}

void ReplyDialog::showFindings(const QList<core::ApologyFinding>& findings)
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
    if (findings.isEmpty() && !m_text->toPlainText().trimmed().isEmpty())
        m_findings->addItem(tr("Nothing to flag."));
    m_text->setExtraSelections(marks);
}

void ReplyDialog::accept()
{
    if (!m_reason.isEmpty())
        return;
    const QString text = m_text->toPlainText();
    if (text.trimmed().isEmpty()) {
        showError(tr("The reply is empty: write what the customer should read."));
        m_text->setFocus();
        return;
    }
    if (const QString tooLong = core::ApologyChecker::tooLong(text.size()); !tooLong.isEmpty()) {
        showError(tooLong);
        return;
    }
    if (totalSize(m_paths) > maxAttachmentBytes) {
        showError(tr("The attachments make more than %1; remove some.")
                      .arg(QLocale().formattedDataSize(maxAttachmentBytes)));
        return;
    }
    QList<core::MailAttachment> files;
    const QMimeDatabase types;
    for (const QString& p : std::as_const(m_paths)) {
        QFile file(p);
        if (!file.open(QIODevice::ReadOnly)) {
            showError(tr("%1 cannot be read: %2").arg(p, file.errorString()));
            return;
        }
        core::MailAttachment a;
        a.name = QFileInfo(p).fileName();
        a.data = file.readAll();
        a.size = a.data.size();
        a.mimeType = types.mimeTypeForFileNameAndData(p, a.data).name();
        a.sha256 = QString::fromLatin1(QCryptographicHash::hash(a.data, QCryptographicHash::Sha256).toHex());
        files << a;
    }
    auto queued = core::MailRepository(m_session.db(), m_session.user().id)
                      .queueReply(m_case.id, text, files, m_subject->text().trimmed());
    if (!queued) {
        showError(queued.error().message);
        return;
    }
    m_queued = *queued;
    QDialog::accept();
}

} // namespace redress::ui
