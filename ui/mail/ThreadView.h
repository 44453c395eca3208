#pragma once

#include "core/store/MailRepository.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace redress::ui {

class Session;

/// The case's conversation: its messages in and out, oldest first, with the
/// case's internal notes between them, marked as never sent. The list is
/// walked with the arrow keys; the message picked shows below with the
/// customer's new words first and the quoted history a click away, and its
/// attachments to open or save.
class ThreadView : public QWidget
{
    Q_OBJECT
public:
    explicit ThreadView(const Session& session, QWidget* parent = nullptr);

    /// Shows the case's conversation, or nothing for 0. Showing the same
    /// case again keeps the message picked.
    void showCase(qint64 caseId);
    void reload() { showCase(m_caseId); }
    qint64 caseId() const { return m_caseId; }

    /// One row of the list: a message, or a note of the timeline.
    struct Entry
    {
        QDateTime at;
        std::optional<core::ThreadMessage> message; ///< empty: an internal note
        QString noteAuthor;
        QString noteText;
    };
    const QList<Entry>& entries() const { return m_entries; }
    QListWidget* list() const { return m_list; }

Q_SIGNALS:
    /// The rep asked to write to the customer from here.
    void replyRequested();
    /// The conversation was read again (another case, or the store changed).
    void reloaded();

private:
    void showEntry(int row);
    void showText();
    void showAttachmentsPart(bool shown);
    void openAttachment();
    void saveAttachment();
    std::optional<core::AttachmentInfo> currentAttachment() const;

    const Session& m_session;
    qint64 m_caseId = 0;
    QList<Entry> m_entries;
    bool m_fullText = false;
    QLabel* m_status = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_header = nullptr;
    QTextBrowser* m_text = nullptr;
    QPushButton* m_showFull = nullptr;
    QListWidget* m_attachments = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_reply = nullptr;
};

} // namespace redress::ui
