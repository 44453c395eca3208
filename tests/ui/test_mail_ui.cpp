#include "core/Clock.h"
#include "core/mail/MailAccount.h"
#include "core/mail/MailPasses.h"
#include "core/store/CaseListQuery.h"
#include "core/store/CaseListRepository.h"
#include "core/store/CaseRepository.h"
#include "core/store/MailRepository.h"
#include "core/store/RecoveryRepository.h"
#include "support/TempStore.h"
#include "support/Users.h"
#include "support/Widgets.h"
#include "ui/app/MainWindow.h"
#include "ui/cases/CaseDetailWidget.h"
#include "ui/common/Session.h"
#include "ui/mail/MailPoller.h"
#include "ui/mail/MailSettingsDialog.h"
#include "ui/mail/ReplyDialog.h"
#include "ui/mail/ThreadView.h"
#include "ui/recovery/ApologyDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>

using namespace redress;
using redress::test::child;
using redress::test::makeUser;

namespace {

// A customer's first message: a few new words above a quoted earlier
// exchange, and a receipt attached.
const QByteArray complaint =
    QByteArrayLiteral("From: Ana Costa <ana@costa-dental.example>\r\n"
                      "To: Care <care@redress.example>\r\n"
                      "Subject: The suction failed again\r\n"
                      "Date: Mon, 02 Nov 2026 09:15:00 +0000\r\n"
                      "Message-ID: <first@costa-dental.example>\r\n"
                      "MIME-Version: 1.0\r\n"
                      "Content-Type: multipart/mixed; boundary=\"b1\"\r\n"
                      "\r\n"
                      "--b1\r\n"
                      "Content-Type: text/plain; charset=utf-8\r\n"
                      "\r\n"
                      "The suction unit stopped mid-treatment and we sent two patients home.\r\n"
                      "\r\n"
                      "On Fri, 30 Oct 2026, Care wrote:\r\n"
                      "> Thank you for your order.\r\n"
                      "--b1\r\n"
                      "Content-Type: text/plain; name=\"receipt.txt\"\r\n"
                      "Content-Disposition: attachment; filename=\"receipt.txt\"\r\n"
                      "Content-Transfer-Encoding: base64\r\n"
                      "\r\n"
                      "UmVjZWlwdCBudW1iZXIgNDIK\r\n"
                      "--b1--\r\n");

struct MailFixture
{
    test::TempStore store;
    core::User admin =
        makeUser(store.db(), QStringLiteral("root"), QStringLiteral("Ada Admin"), core::Role::Admin);
    core::User rep =
        makeUser(store.db(), QStringLiteral("rita"), QStringLiteral("Rita Rep"), core::Role::Rep);

    // The case the complaint opened.
    qint64 takeComplaint()
    {
        core::FetchReport report;
        REQUIRE(core::MailIntake(store.db(), admin.id).take(complaint, report));
        REQUIRE(report.newCases == 1);
        auto ids = core::CaseListRepository(store.db()).ids(core::CaseListQuery(), 0, 10);
        REQUIRE(ids);
        REQUIRE(ids->size() == 1);
        return ids->first();
    }

    void setUpMailbox()
    {
        auto account = core::MailAccount::from(QStringLiteral("imap://care@127.0.0.1:1143/INBOX"),
                                               QStringLiteral("smtp://care@127.0.0.1:1025"),
                                               QStringLiteral("Care <care@redress.example>"), false, true);
        REQUIRE(account);
        REQUIRE(core::MailRepository(store.db(), admin.id).saveAccount(*account));
    }
};

// The clock at a fixed instant for the writes that follow, so notes and
// replies fall in a known order.
void clockAt(const QDateTime& at)
{
    core::Clock::set([at] { return at; });
}

} // namespace

TEST_CASE("the conversation shows the customer's mail with notes between and its attachment", "[ui][mail]")
{
    MailFixture f;
    const qint64 caseId = f.takeComplaint();
    clockAt(QDateTime(QDate(2026, 11, 3), QTime(10, 0), Qt::UTC));
    REQUIRE(core::CaseRepository(f.store.db(), f.rep.id)
                .addNote(caseId, QStringLiteral("Called the clinic back.")));
    f.setUpMailbox();
    clockAt(QDateTime(QDate(2026, 11, 3), QTime(11, 0), Qt::UTC));
    REQUIRE(core::MailRepository(f.store.db(), f.rep.id).queueReply(caseId, QStringLiteral("We are sorry.")));
    core::Clock::reset();

    ui::Session session(f.store.db(), f.rep);
    ui::ThreadView view(session);
    view.showCase(caseId);
    const auto& entries = view.entries();
    REQUIRE(entries.size() == 3);
    REQUIRE(entries[0].message);
    CHECK(entries[0].message->direction == core::ThreadMessage::Direction::In);
    CHECK(entries[0].message->from.address == QStringLiteral("ana@costa-dental.example"));
    REQUIRE_FALSE(entries[1].message);
    CHECK(entries[1].noteText == QStringLiteral("Called the clinic back."));
    REQUIRE(entries[2].message);
    CHECK(entries[2].message->direction == core::ThreadMessage::Direction::Out);
    CHECK(entries[2].message->state == core::ThreadMessage::State::Queued);

    auto* list = child<QListWidget>(&view, "threadList");
    CHECK(list->item(1)->text().contains(QStringLiteral("never sent")));
    CHECK(list->item(2)->text().contains(QStringLiteral("Queued")));

    // The first message: its new words first, the quoted history a click away.
    list->setCurrentRow(0);
    auto* text = child<QTextBrowser>(&view, "threadText");
    CHECK(text->toPlainText().contains(QStringLiteral("sent two patients home")));
    CHECK_FALSE(text->toPlainText().contains(QStringLiteral("Thank you for your order")));
    auto* full = child<QPushButton>(&view, "showFullTextButton");
    REQUIRE(full->isEnabled());
    full->click();
    CHECK(text->toPlainText().contains(QStringLiteral("Thank you for your order")));
    auto* files = child<QListWidget>(&view, "threadAttachments");
    REQUIRE(files->count() == 1);
    CHECK(files->item(0)->text().startsWith(QStringLiteral("receipt.txt (")));
    CHECK(child<QPushButton>(&view, "openAttachmentButton")->isEnabled());

    // The arrows walk the conversation.
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Down);
    CHECK(list->currentRow() == 1);
    CHECK(child<QLabel>(&view, "threadHeader")->text().contains(QStringLiteral("never sent")));
}

TEST_CASE("the reply dialog refuses an empty reply then queues one that shows in the thread", "[ui][mail]")
{
    MailFixture f;
    const qint64 caseId = f.takeComplaint();
    ui::Session session(f.store.db(), f.rep);
    auto c = core::CaseRepository(f.store.db(), f.rep.id).get(caseId);
    REQUIRE(c);

    SECTION("without a mailbox nothing can be sent, and the dialog says why")
    {
        ui::ReplyDialog dialog(session, *c);
        CHECK(dialog.unavailableReason().contains(QStringLiteral("mailbox")));
        CHECK_FALSE(child<QPushButton>(&dialog, "replySendButton")->isEnabled());
    }

    SECTION("with a mailbox it goes to the customer's address")
    {
        f.setUpMailbox();
        ui::ReplyDialog dialog(session, *c);
        REQUIRE(dialog.unavailableReason().isEmpty());
        auto* to = child<QLineEdit>(&dialog, "replyTo");
        CHECK(to->text() == QStringLiteral("ana@costa-dental.example"));
        CHECK(to->isReadOnly());
        // As the outbox makes it: the case's tag, then "Re: " and their subject.
        CHECK(child<QLineEdit>(&dialog, "replySubject")->text() ==
              QStringLiteral("[%1] Re: The suction failed again").arg(c->reference()));

        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(child<QLabel>(&dialog, "replyError")->text().contains(QStringLiteral("empty")));

        // More than 25 MB of files is refused with a plain word, and nothing is added.
        const QString big = f.store.filePath(QStringLiteral("scan.tiff"));
        {
            QFile file(big);
            REQUIRE(file.open(QIODevice::WriteOnly));
            REQUIRE(file.resize(ui::ReplyDialog::maxAttachmentBytes + 1));
        }
        CHECK_FALSE(dialog.addAttachments({big}));
        CHECK(dialog.attachments().isEmpty());
        CHECK(child<QLabel>(&dialog, "replyError")->text().contains(QStringLiteral("at most")));

        const QString small = f.store.filePath(QStringLiteral("voucher.txt"));
        {
            QFile file(small);
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write("Voucher 10 EUR\n");
        }
        CHECK(dialog.addAttachments({small}));

        auto* text = child<QPlainTextEdit>(&dialog, "replyText");
        text->setFocus();
        QTest::keyClicks(text,
                         QStringLiteral("We are sorry the unit failed. A technician comes tomorrow at 9."));
        REQUIRE(QTest::qWaitFor([&] { return dialog.isChecked(); }, 5000));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK_FALSE(dialog.queuedMessageId().isEmpty());

        ui::ThreadView view(session);
        view.showCase(caseId);
        REQUIRE(view.entries().size() == 2);
        const auto& out = view.entries().last().message;
        REQUIRE(out);
        CHECK(out->direction == core::ThreadMessage::Direction::Out);
        CHECK(out->state == core::ThreadMessage::State::Queued);
        CHECK(out->attachments.size() == 1);
        CHECK(child<QListWidget>(&view, "threadList")->item(1)->text().contains(QStringLiteral("Queued")));
    }
}

TEST_CASE("mail settings refuse a bad URL beside its field and save a good one while a rep only looks",
          "[ui][mail]")
{
    MailFixture f;
    SECTION("an administrator")
    {
        ui::Session session(f.store.db(), f.admin);
        ui::MailSettingsDialog dialog(session);
        REQUIRE(dialog.isEditable());
        child<QLineEdit>(&dialog, "mailImap")->setText(QStringLiteral("ftp://care@mail.example.com/INBOX"));
        child<QLineEdit>(&dialog, "mailSmtp")->setText(QStringLiteral("smtps://care@mail.example.com"));
        child<QLineEdit>(&dialog, "mailFrom")->setText(QStringLiteral("Care <care@redress.example>"));
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK_FALSE(dialog.fieldError(QStringLiteral("imap")).isEmpty());
        CHECK(dialog.fieldError(QStringLiteral("smtp")).isEmpty());
        auto none = core::MailRepository(f.store.db(), f.admin.id).account();
        REQUIRE(none);
        CHECK_FALSE(none->has_value());

        child<QLineEdit>(&dialog, "mailImap")
            ->setText(QStringLiteral("imaps://care@mail.example.com/Complaints"));
        child<QLineEdit>(&dialog, "mailDoneFolder")->setText(QStringLiteral("Done"));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        auto saved = core::MailRepository(f.store.db(), f.admin.id).account();
        REQUIRE(saved);
        REQUIRE(saved->has_value());
        CHECK((*saved)->imap.host() == QStringLiteral("mail.example.com"));
        CHECK((*saved)->address.address == QStringLiteral("care@redress.example"));
        CHECK((*saved)->doneFolder == QStringLiteral("Done"));
        // The offscreen platform has no keyring: the dialog says where passwords come from instead.
        CHECK(child<QLabel>(&dialog, "mailSecretsNote")
                  ->text()
                  .contains(QStringLiteral("REDRESS_IMAP_PASSWORD")));
        CHECK_FALSE(child<QLineEdit>(&dialog, "mailImapPassword")->isEnabled());
    }
    SECTION("a rep")
    {
        f.setUpMailbox();
        ui::Session session(f.store.db(), f.rep);
        ui::MailSettingsDialog dialog(session);
        CHECK_FALSE(dialog.isEditable());
        auto* imap = child<QLineEdit>(&dialog, "mailImap");
        CHECK(imap->isReadOnly());
        CHECK(imap->text().startsWith(QStringLiteral("imap://care@127.0.0.1")));
        CHECK(dialog.findChild<QPushButton*>(QStringLiteral("mailSaveButton")) == nullptr);
    }
}

TEST_CASE("an apology sent by e-mail is queued with it or recorded saying nothing went without a mailbox",
          "[ui][mail]")
{
    MailFixture f;
    const qint64 caseId = f.takeComplaint();
    ui::Session session(f.store.db(), f.rep);
    const QString apology = QStringLiteral("Dear Ana, I am so sorry the suction failed during treatment. A "
                                           "technician will be with you by 9 tomorrow morning.");
    const auto record = [&](ui::ApologyDialog& dialog) {
        auto* channel = child<QComboBox>(&dialog, "apologyChannel");
        channel->setCurrentIndex(channel->findData(core::keyOf(core::Channel::Email)));
        dialog.setDraft(apology);
        REQUIRE(QTest::qWaitFor([&] { return dialog.isChecked(); }, 20000));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    };

    SECTION("with a mailbox")
    {
        f.setUpMailbox();
        ui::ApologyDialog dialog(session, *core::CaseRepository(f.store.db(), 0).get(caseId));
        CHECK(dialog.mailUnavailable().isEmpty());
        record(dialog);
        CHECK_FALSE(dialog.queuedMessageId().isEmpty());
        auto thread = core::MailRepository(f.store.db(), f.rep.id).thread(caseId);
        REQUIRE(thread);
        REQUIRE(thread->size() == 2);
        CHECK(thread->last().state == core::ThreadMessage::State::Queued);
        CHECK(thread->last().text.contains(QStringLiteral("technician will be with you")));
    }
    SECTION("without one")
    {
        ui::ApologyDialog dialog(session, *core::CaseRepository(f.store.db(), 0).get(caseId));
        CHECK(dialog.mailUnavailable().contains(QStringLiteral("nothing is sent")));
        auto* channel = child<QComboBox>(&dialog, "apologyChannel");
        channel->setCurrentIndex(channel->findData(core::keyOf(core::Channel::Email)));
        CHECK(child<QLabel>(&dialog, "apologyMailNote")->isVisibleTo(&dialog));
        record(dialog);
        CHECK(dialog.queuedMessageId().isEmpty());
        auto thread = core::MailRepository(f.store.db(), f.rep.id).thread(caseId);
        REQUIRE(thread);
        CHECK(thread->size() == 1);
        auto state = core::RecoveryRepository(f.store.db(), f.rep).state(caseId);
        REQUIRE(state);
        CHECK(state->apologised());
    }
}

TEST_CASE("dropped .eml files become cases and Fetch mail now says when no mailbox is set up", "[ui][mail]")
{
    MailFixture f;
    ui::Session session(f.store.db(), f.rep);
    ui::MainWindow window(session);

    SECTION("import")
    {
        const QString path = f.store.filePath(QStringLiteral("complaint.eml"));
        {
            QFile file(path);
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write(complaint);
        }
        window.importMail({path});
        CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("1 new case")));
        auto ids = core::CaseListRepository(f.store.db()).ids(core::CaseListQuery(), 0, 10);
        REQUIRE(ids);
        CHECK(ids->size() == 1);
        // The same file again finds its message stored and opens nothing.
        window.importMail({path});
        CHECK(core::CaseListRepository(f.store.db()).ids(core::CaseListQuery(), 0, 10)->size() == 1);
    }
    SECTION("fetch now")
    {
        QAction* fetch = window.action(QStringLiteral("fetchMail"));
        REQUIRE(fetch != nullptr);
        QSignalSpy finished(window.mailPoller(), &ui::MailPoller::passFinished);
        fetch->trigger();
        REQUIRE(finished.size() == 1);
        CHECK(finished.first().at(0).toString().contains(QStringLiteral("no team mailbox")));
        CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("no team mailbox")));
        CHECK_FALSE(window.mailPoller()->isRunning());
    }
}
