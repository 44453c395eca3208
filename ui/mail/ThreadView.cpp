#include "ui/mail/ThreadView.h"

#include "core/PrivateFile.h"
#include "core/store/CaseRepository.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Session.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace redress::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ThreadView)
};

using State = core::ThreadMessage::State;

QString stateText(const core::ThreadMessage& m)
{
    switch (m.state) {
    case State::Received: return Tr::tr("Received");
    case State::Ignored: return Tr::tr("Received, not acted on (automatic or list mail)");
    case State::Queued:
        return m.attempts > 0 ? Tr::tr("Queued — tried %n time(s), trying again", nullptr, m.attempts)
                              : Tr::tr("Queued");
    case State::Sent: return Tr::tr("Sent");
    case State::Failed:
        return m.lastError.isEmpty() ? Tr::tr("Failed")
                                     : Tr::tr("Failed — the server said: %1").arg(m.lastError);
    case State::Undelivered: return Tr::tr("Undelivered — the customer's server sent it back");
    }
    return {};
}

QString when(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

// The first lines of a text, for the list: enough to recognise a message.
QString gist(const QString& text)
{
    QString flat = text.simplified();
    if (flat.size() > 160)
        flat = flat.left(159) + QChar(0x2026);
    return flat;
}

// A name for a file of ours: the attachment's own, without folders or
// characters file systems refuse, prefixed by its id so two "scan.pdf" differ.
QString fileNameFor(const core::AttachmentInfo& a)
{
    QString name = a.name;
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]")), QStringLiteral("_"));
    name = name.trimmed();
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name.prepend(QStringLiteral("attachment"));
    return QStringLiteral("%1-%2").arg(a.id).arg(name);
}

core::Status writePrivate(const QString& path, const QByteArray& data)
{
    core::PrivateFile file(path);
    if (auto opened = file.open(); !opened)
        return opened;
    if (file.device().write(data) != data.size())
        return core::fail(
            core::Error::Code::Io,
            Tr::tr("Could not write %1: %2").arg(core::shownPath(path), file.device().errorString()));
    return file.commit();
}

} // namespace

ThreadView::ThreadView(const Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("threadView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* top = new QHBoxLayout;
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("threadStatus"));
    m_status->setWordWrap(true);
    top->addWidget(m_status, 1);
    m_reply = new QPushButton(Tr::tr("Rep&ly…"));
    m_reply->setObjectName(QStringLiteral("threadReplyButton"));
    m_reply->setToolTip(Tr::tr("Write to the customer; the message goes out with the next mail pass"));
    connect(m_reply, &QPushButton::clicked, this, &ThreadView::replyRequested);
    top->addWidget(m_reply);
    layout->addLayout(top);

    auto* split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("threadList"));
    m_list->setAccessibleName(Tr::tr("Conversation"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(2);
    connect(m_list, &QListWidget::currentRowChanged, this, &ThreadView::showEntry);
    split->addWidget(m_list);

    auto* detail = new QWidget;
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("threadHeader"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setAccessibleName(Tr::tr("Message details"));
    detailLayout->addWidget(m_header);
    m_text = new QTextBrowser;
    m_text->setObjectName(QStringLiteral("threadText"));
    m_text->setAccessibleName(Tr::tr("Message text"));
    m_text->setOpenLinks(false);
    detailLayout->addWidget(m_text, 1);
    auto* textRow = new QHBoxLayout;
    m_showFull = new QPushButton(Tr::tr("Show &full text"));
    m_showFull->setObjectName(QStringLiteral("showFullTextButton"));
    m_showFull->setCheckable(true);
    m_showFull->setToolTip(Tr::tr("The whole message, with the quoted history and the signature"));
    connect(m_showFull, &QPushButton::toggled, this, [this](bool on) {
        m_fullText = on;
        showText();
    });
    textRow->addWidget(m_showFull);
    textRow->addStretch();
    detailLayout->addLayout(textRow);

    // A list, not a tree: the case view's one tree is its timeline.
    m_attachments = new QListWidget;
    m_attachments->setObjectName(QStringLiteral("threadAttachments"));
    m_attachments->setAccessibleName(Tr::tr("Attachments"));
    m_attachments->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    detailLayout->addWidget(m_attachments);
    auto* files = new QHBoxLayout;
    m_open = new QPushButton(Tr::tr("&Open"));
    m_open->setObjectName(QStringLiteral("openAttachmentButton"));
    m_open->setToolTip(Tr::tr("Open with the desktop's program for it, from a copy only you can read"));
    connect(m_open, &QPushButton::clicked, this, &ThreadView::openAttachment);
    m_save = new QPushButton(Tr::tr("Save &as…"));
    m_save->setObjectName(QStringLiteral("saveAttachmentButton"));
    connect(m_save, &QPushButton::clicked, this, &ThreadView::saveAttachment);
    files->addWidget(m_open);
    files->addWidget(m_save);
    files->addStretch();
    detailLayout->addLayout(files);
    connect(m_attachments, &QListWidget::currentItemChanged, this, [this] {
        const auto a = currentAttachment();
        m_open->setEnabled(a && a->kept);
        m_save->setEnabled(a && a->kept);
    });
    connect(m_attachments, &QListWidget::itemActivated, this, &ThreadView::openAttachment);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    setTabOrder(m_reply, m_list);
    setTabOrder(m_list, m_text);
    setTabOrder(m_text, m_showFull);
    setTabOrder(m_showFull, m_attachments);
    setTabOrder(m_attachments, m_open);
    setTabOrder(m_open, m_save);
    showCase(0);
}

void ThreadView::showCase(qint64 caseId)
{
    const bool again = caseId != 0 && caseId == m_caseId;
    qint64 keepId = 0;
    bool keepNote = false;
    if (again && m_list->currentRow() >= 0 && m_list->currentRow() < m_entries.size()) {
        const Entry& e = m_entries[m_list->currentRow()];
        keepId = e.message ? e.message->id : e.at.toMSecsSinceEpoch();
        keepNote = !e.message;
    }
    m_caseId = caseId;
    m_entries.clear();
    m_list->clear();
    if (caseId <= 0) {
        m_status->clear();
        showEntry(-1);
        Q_EMIT reloaded();
        return;
    }
    QStringList problems;
    if (auto thread = core::MailRepository(m_session.db(), m_session.user().id).thread(caseId)) {
        for (const core::ThreadMessage& m : std::as_const(*thread))
            m_entries.append({m.date, m, {}, {}});
    } else {
        problems << thread.error().message;
    }
    if (auto events = core::CaseRepository(m_session.db(), 0).timeline(caseId)) {
        for (const core::CaseEvent& e : std::as_const(*events)) {
            // Rep's notes (and the intake's own, "note"); the journal's
            // records of messages in and out are the messages themselves here.
            if (e.kind == core::CaseEvent::Kind::Note &&
                (e.field.isEmpty() || e.field == QLatin1String("note")))
                m_entries.append({e.at, std::nullopt, e.actor, e.note});
        }
    } else {
        problems << events.error().message;
    }
    // Oldest first; a note and a message at the same instant keep the order they came in.
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Entry& a, const Entry& b) { return a.at < b.at; });

    int messages = 0;
    int keepRow = -1;
    const QColor noteTint(0xf0, 0xb4, 0x00, 48);
    const QColor outTint(0x20, 0x78, 0xd0, 32);
    for (int row = 0; row < m_entries.size(); ++row) {
        const Entry& e = m_entries[row];
        auto* item = new QListWidgetItem;
        if (e.message) {
            const core::ThreadMessage& m = *e.message;
            ++messages;
            const bool out = m.direction == core::ThreadMessage::Direction::Out;
            const QString who = out ? Tr::tr("To %1").arg(m.to) : Tr::tr("From %1").arg(m.from.toString());
            item->setText(QStringLiteral("%1 %2 · %3 · %4\n%5\n%6")
                              .arg(out ? QStringLiteral("↑") : QStringLiteral("↓"), who, when(m.date),
                                   stateText(m), m.subject, gist(m.newText.isEmpty() ? m.text : m.newText)));
            if (out)
                item->setBackground(outTint);
            if (m.state == State::Failed || m.state == State::Undelivered)
                item->setForeground(QColor(0xc0, 0x20, 0x20));
            if (keepId && !keepNote && m.id == keepId)
                keepRow = row;
        } else {
            item->setText(
                Tr::tr("Internal note — never sent · %1 · %2\n%3").arg(when(e.at), e.noteAuthor, e.noteText));
            item->setBackground(noteTint);
            QFont italic = item->font();
            italic.setItalic(true);
            item->setFont(italic);
            if (keepId && keepNote && e.at.toMSecsSinceEpoch() == keepId)
                keepRow = row;
        }
        item->setToolTip(item->text());
        m_list->addItem(item);
    }
    if (!problems.isEmpty())
        m_status->setText(problems.join(QLatin1Char('\n')));
    else if (messages == 0)
        m_status->setText(
            Tr::tr("No mail on this case yet. Internal notes show here too, marked as never sent."));
    else
        m_status->setText(
            Tr::tr("%n message(s), oldest first. Internal notes are never sent.", nullptr, messages));
    // A conversation is read from its latest word.
    const int row = keepRow >= 0 ? keepRow : static_cast<int>(m_entries.size()) - 1;
    m_list->setCurrentRow(row);
    if (row < 0)
        showEntry(-1);
    Q_EMIT reloaded();
}

void ThreadView::showEntry(int row)
{
    m_attachments->clear();
    m_open->setEnabled(false);
    m_save->setEnabled(false);
    if (row < 0 || row >= m_entries.size()) {
        m_header->clear();
        m_text->clear();
        m_showFull->setEnabled(false);
        showAttachmentsPart(false);
        return;
    }
    const Entry& e = m_entries[row];
    if (!e.message) {
        m_header->setText(
            Tr::tr("Internal note by %1, %2 — never sent to the customer").arg(e.noteAuthor, when(e.at)));
        m_showFull->setEnabled(false);
        showAttachmentsPart(false);
        showText();
        return;
    }
    const core::ThreadMessage& m = *e.message;
    QStringList lines{Tr::tr("From: %1").arg(m.from.toString()), Tr::tr("To: %1").arg(m.to),
                      Tr::tr("Date: %1").arg(when(m.date)), Tr::tr("Subject: %1").arg(m.subject),
                      Tr::tr("State: %1").arg(stateText(m))};
    if (m.direction == core::ThreadMessage::Direction::Out && !m.author.isEmpty())
        lines << Tr::tr("Written by: %1").arg(m.author);
    if (m.sentAt.isValid())
        lines << Tr::tr("Accepted by the server: %1").arg(when(m.sentAt));
    if (m.overSizeCap)
        lines << Tr::tr("Over the size cap: some attachments were listed but not stored.");
    m_header->setText(lines.join(QLatin1Char('\n')));
    m_showFull->setEnabled(!m.newText.isEmpty() && m.newText.trimmed() != m.text.trimmed());
    showAttachmentsPart(!m.attachments.isEmpty());
    for (const core::AttachmentInfo& a : m.attachments) {
        const QString size = QLocale().formattedDataSize(a.size);
        auto* item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(
            a.name, a.kept ? size : Tr::tr("%1, not stored (over the cap)").arg(size)));
        item->setData(Qt::UserRole, a.id);
        m_attachments->addItem(item);
    }
    if (m_attachments->count() > 0)
        m_attachments->setCurrentRow(0);
    showText();
}

void ThreadView::showAttachmentsPart(bool shown)
{
    m_attachments->setVisible(shown);
    m_open->setVisible(shown);
    m_save->setVisible(shown);
}

void ThreadView::showText()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    const Entry& e = m_entries[row];
    if (!e.message) {
        m_text->setPlainText(e.noteText);
        return;
    }
    const core::ThreadMessage& m = *e.message;
    const bool full = m_fullText || m.newText.trimmed().isEmpty();
    m_text->setPlainText(full ? m.text : m.newText);
}

std::optional<core::AttachmentInfo> ThreadView::currentAttachment() const
{
    const int row = m_list->currentRow();
    const QListWidgetItem* item = m_attachments->currentItem();
    if (!item || row < 0 || row >= m_entries.size() || !m_entries[row].message)
        return std::nullopt;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    for (const core::AttachmentInfo& a : m_entries[row].message->attachments) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}

void ThreadView::openAttachment()
{
    const auto a = currentAttachment();
    if (!a || !a->kept)
        return;
    auto data = core::MailRepository(m_session.db(), m_session.user().id).attachmentData(a->id);
    if (!data) {
        m_status->setText(data.error().message);
        return;
    }
    // A customer's file is theirs: the copy a viewer reads sits in our own
    // cache, open to this account alone, never in a shared temp folder.
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                               .filePath(QStringLiteral("attachments"));
    const QString path = QDir(folder).filePath(fileNameFor(*a));
    core::Status written = core::PrivateFile::makeFolder(folder);
    if (written)
        written = writePrivate(path, *data);
    if (!written) {
        m_status->setText(written.error().message);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        m_status->setText(
            Tr::tr("No program opens %1; it is saved at %2.").arg(a->name, core::shownPath(path)));
}

void ThreadView::saveAttachment()
{
    const auto a = currentAttachment();
    if (!a || !a->kept)
        return;
    const QString path = MessageBox::saveFileName(
        this, Tr::tr("Save attachment"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)).filePath(a->name),
        QString());
    if (path.isEmpty())
        return;
    auto data = core::MailRepository(m_session.db(), m_session.user().id).attachmentData(a->id);
    core::Status written = data ? writePrivate(path, *data) : core::Status(std::unexpected(data.error()));
    m_status->setText(written ? Tr::tr("Saved %1.").arg(core::shownPath(path)) : written.error().message);
}

} // namespace redress::ui
