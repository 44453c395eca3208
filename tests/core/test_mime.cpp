// MIME in and out: real messages from public test suites (tests/data/mail,
// SOURCES.md names where each came from) taken apart, the customer's new
// words cut from quoted history, and Redress's own messages built and read
// back.

#include "core/mail/Mime.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimeZone>

using namespace redress::core;

namespace {

QString corpusDir()
{
    return QStringLiteral(REDRESS_MAIL_CORPUS);
}

QByteArray corpusFile(const QString& name)
{
    QFile f(corpusDir() + QLatin1Char('/') + name);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QStringList corpusNames()
{
    return QDir(corpusDir()).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
}

const QDateTime kReceived(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
constexpr qint64 kCap = 25 * 1024 * 1024;

ParsedMail parsed(const QString& name, qint64 cap = kCap)
{
    auto r = mime::parse(corpusFile(name), kReceived, cap);
    INFO(name.toStdString());
    REQUIRE(r.has_value());
    return *r;
}

QString hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

const char* kindName(MailKind k)
{
    switch (k) {
    case MailKind::Person: return "person";
    case MailKind::AutoReply: return "auto-reply";
    case MailKind::Bulk: return "bulk";
    case MailKind::Bounce: return "bounce";
    }
    return "?";
}

} // namespace

// Prints what the parser makes of every corpus message; run by hand with
// "[.dump]" when adding messages.
TEST_CASE("mime: dump the corpus", "[.dump]")
{
    QTextStream out(stdout);
    for (const QString& name : corpusNames()) {
        auto r = mime::parse(corpusFile(name), kReceived, kCap);
        out << "==== " << name << "\n";
        if (!r) {
            out << "ERROR " << r.error().toString() << "\n";
            continue;
        }
        const ParsedMail& m = *r;
        out << "id: " << m.messageId << "\nfrom: " << m.from.toString() << "\nto: ";
        for (const auto& a : m.to)
            out << a.toString() << "; ";
        out << "\nsubject: " << m.subject << "\ndate: " << m.date.toString(Qt::ISODate)
            << (m.dateGuessed ? " (guessed)" : "") << "\nkind: " << kindName(m.kind)
            << "\nbounced: " << m.bouncedMessageIds.join(QLatin1Char(' '))
            << "\ninReplyTo: " << m.inReplyTo.join(QLatin1Char(' '))
            << "\nrefs: " << m.references.join(QLatin1Char(' ')) << "\nhtml: " << m.fromHtml << "\n";
        for (const auto& a : m.attachments)
            out << "att: " << a.name << " " << a.mimeType << " " << a.size << " " << a.sha256.left(12)
                << " cid=" << a.contentId << " inline=" << a.isInline << "\n";
        out << "--- text\n" << m.text.left(1500) << "\n--- new\n" << m.newText.left(600) << "\n";
    }
}

TEST_CASE("mime: every corpus message parses into something a person can read", "[core][mail][mime]")
{
    const QStringList names = corpusNames();
    REQUIRE(names.size() >= 25);
    // The messages that are not a person's, by what they are.
    const QMap<QString, MailKind> kinds = {
        {QStringLiteral("autoreply-apple.eml"), MailKind::AutoReply},
        {QStringLiteral("autoreply-exchange-1252.eml"), MailKind::AutoReply},
        {QStringLiteral("autoreply-rfc3834.eml"), MailKind::AutoReply},
        {QStringLiteral("bounce-exchange2007.eml"), MailKind::Bounce},
        {QStringLiteral("bounce-gmail.eml"), MailKind::Bounce},
        {QStringLiteral("bounce-gmail-text.eml"), MailKind::Bounce},
        {QStringLiteral("bounce-office365.eml"), MailKind::Bounce},
        {QStringLiteral("bounce-postfix.eml"), MailKind::Bounce},
        {QStringLiteral("bounce-zimbra.eml"), MailKind::Bounce},
        {QStringLiteral("malformed-outlook-dsn.eml"), MailKind::Bounce},
        {QStringLiteral("python-bounce.eml"), MailKind::Bounce},
        {QStringLiteral("mailchimp-list.eml"), MailKind::Bulk},
        {QStringLiteral("newsletter-latin1-subject.eml"), MailKind::Bulk},
        {QStringLiteral("outlook-list-id.eml"), MailKind::Bulk},
    };
    // Messages that carry no words at all (an attachment alone).
    const QStringList wordless = {QStringLiteral("outlook-express.eml"), QStringLiteral("outlook-tnef.eml"),
                                  QStringLiteral("apple-mail-japanese-attachment.eml"),
                                  // cut off after its headers, as the suite keeps it
                                  QStringLiteral("outlook-list-id.eml")};
    const QDateTime earliest(QDate(1990, 1, 1), QTime(0, 0), Qt::UTC);

    for (const QString& name : names) {
        INFO(name.toStdString());
        const QByteArray raw = corpusFile(name);
        const ParsedMail m = parsed(name);
        CHECK(m.raw == raw);
        CHECK(m.sha256 == hex(raw));
        CHECK_FALSE(m.messageId.isEmpty());
        CHECK_FALSE(m.messageId.contains(QLatin1Char('<')));
        CHECK_FALSE(m.from.isEmpty());
        CHECK(m.from.address.contains(QLatin1Char('@')));
        CHECK(m.kind == kinds.value(name, MailKind::Person));
        CHECK(m.date.isValid());
        CHECK(m.date >= earliest);
        CHECK(m.date <= kReceived.addDays(1));
        if (!wordless.contains(name)) {
            CHECK_FALSE(m.text.trimmed().isEmpty());
            CHECK_FALSE(m.newText.trimmed().isEmpty());
        }
        CHECK(m.text.contains(m.newText.left(40)));
        CHECK_FALSE(m.text.contains(QLatin1Char('\r')));
        for (const MailAttachment& a : m.attachments) {
            CHECK_FALSE(a.name.isEmpty());
            CHECK(a.mimeType.contains(QLatin1Char('/')));
            CHECK(a.size == a.data.size());
            CHECK(a.sha256 == hex(a.data));
        }
        CHECK_FALSE(m.overSizeCap);
        if (m.kind != MailKind::Bounce)
            CHECK(m.bouncedMessageIds.isEmpty());
    }
}

TEST_CASE("mime: charsets and encoded words come out as the characters written", "[core][mail][mime]")
{
    SECTION("ISO-2022-JP subject, name and body; no Date and no Message-ID")
    {
        const ParsedMail m = parsed(QStringLiteral("iso2022jp-no-date.eml"));
        CHECK(m.subject == QStringLiteral("まみむめも"));
        REQUIRE(m.to.size() == 1);
        CHECK(m.to.first().name == QStringLiteral("みける"));
        CHECK(m.text == QStringLiteral("すみません。"));
        CHECK(m.dateGuessed);
        CHECK(m.date == kReceived);
        CHECK(m.messageId == hex(m.raw) + QStringLiteral("@redress.invalid"));
    }
    SECTION("Shift_JIS body")
    {
        const ParsedMail m = parsed(QStringLiteral("shift-jis.eml"));
        CHECK(m.text.startsWith(QStringLiteral("あいうえお")));
        CHECK(m.text.contains(QStringLiteral("このメールはテスト用のメールです。")));
    }
    SECTION("ks_c_5601-1987 body")
    {
        CHECK(parsed(QStringLiteral("korean.eml")).text == QStringLiteral("스티해"));
    }
    SECTION("GB2312 subject, sender name and body")
    {
        const ParsedMail m = parsed(QStringLiteral("gb2312.eml"));
        CHECK(m.subject == QStringLiteral("代开各地增值税发票"));
        CHECK(m.from.name == QStringLiteral("张先生"));
        CHECK(m.text.startsWith(QStringLiteral("你好！")));
    }
    SECTION("undeclared 8-bit windows-1252 headers")
    {
        const ParsedMail m = parsed(QStringLiteral("windows-1252-no-id.eml"));
        CHECK(m.subject ==
              QStringLiteral("Formação FrenetikPolis: Mega Campanha Final Verão | Cursos de Setembro"));
        CHECK(m.from.name == QStringLiteral("Formação Frenetikpolis"));
        CHECK(m.messageId.endsWith(QStringLiteral("@redress.invalid")));
    }
    SECTION("ISO-8859-1 encoded words in a newsletter's subject")
    {
        CHECK(parsed(QStringLiteral("newsletter-latin1-subject.eml")).subject ==
              QStringLiteral("Je prépare mon été zéro complexe !"));
    }
    SECTION("a KOI8-R body and subject (written here: the corpus has none with Cyrillic bytes)")
    {
        const QByteArray raw = "From: =?koi8-r?B?98HEyc0g8dLP18/K?= <vadim@example.ru>\r\n"
                               "To: support@example.com\r\n"
                               "Subject: =?KOI8-R?B?8NLJ18XU?=\r\n"
                               "Date: Tue, 5 Mar 2024 10:00:00 +0300\r\n"
                               "Message-ID: <koi8@example.ru>\r\n"
                               "MIME-Version: 1.0\r\n"
                               "Content-Type: text/plain; charset=koi8-r\r\n"
                               "Content-Transfer-Encoding: 8bit\r\n\r\n"
                               "\xf0\xd2\xc9\xd7\xc5\xd4!\r\n";
        const auto m = mime::parse(raw, kReceived, kCap);
        REQUIRE(m.has_value());
        CHECK(m->subject == QStringLiteral("Привет"));
        CHECK(m->from.name == QStringLiteral("Вадим Яровой"));
        CHECK(m->text == QStringLiteral("Привет!"));
    }
    SECTION("quoted-printable windows-1252 body with soft line breaks")
    {
        const ParsedMail m = parsed(QStringLiteral("autoreply-exchange-1252.eml"));
        CHECK(m.text.contains(QStringLiteral("I will have intermittent access to email and phone")));
    }
    SECTION("UTF-8 encoded words with characters outside the BMP")
    {
        CHECK(parsed(QStringLiteral("attachment-pdf.eml")).subject ==
              QStringLiteral("Another PDF with 🎉 Unicode chars in it 🍿"));
    }
    SECTION("a Cyrillic display name")
    {
        const ParsedMail m = parsed(QStringLiteral("forward-rfc822.eml"));
        REQUIRE(m.to.size() == 1);
        CHECK(m.to.first().name == QStringLiteral("Александр Клижентас☯"));
        CHECK(m.to.first().toString() == QStringLiteral("Александр Клижентас☯ <bob@example.com>"));
    }
}

TEST_CASE("mime: HTML-only mail is read as text", "[core][mail][mime]")
{
    const QRegularExpression tag(QStringLiteral("<(/?[a-zA-Z][a-zA-Z0-9]*)[\\s>/]"));
    SECTION("a Latin-1 newsletter in tables")
    {
        const ParsedMail m = parsed(QStringLiteral("html-only-latin1.eml"));
        CHECK(m.fromHtml);
        CHECK(m.text.contains(QStringLiteral("Holiday Gift Ideas for the Computer Professional!")));
        CHECK(m.text.contains(
            QStringLiteral("The Belkin Wireless Cable/DSL Gateway Router lets you share files")));
        CHECK_FALSE(tag.match(m.text).hasMatch());
        CHECK_FALSE(m.text.contains(QStringLiteral("&nbsp;")));
        CHECK_FALSE(m.text.contains(QStringLiteral("\n\n\n")));
    }
    SECTION("a link whose text differs from its address")
    {
        const ParsedMail m = parsed(QStringLiteral("html-only-links.eml"));
        CHECK(m.fromHtml);
        CHECK(m.text.contains(QStringLiteral("Very long link (http://www.longurlmaker.com/")));
        CHECK(m.text.endsWith(QStringLiteral("THis is very long url")));
        CHECK_FALSE(tag.match(m.text).hasMatch());
    }
    SECTION("the plain part of an alternative is preferred")
    {
        const ParsedMail m = parsed(QStringLiteral("mailchimp-list.eml"));
        CHECK_FALSE(m.fromHtml);
        CHECK(m.text.startsWith(QStringLiteral("Upcoming Webinar – So, You Have A Disaster... Now What?")));
    }
}

TEST_CASE("mime: htmlToText keeps the shape of the page", "[core][mail][mime]")
{
    CHECK(mime::htmlToText("<p>One  two\nthree</p><p>Four</p>") == QStringLiteral("One two three\n\nFour"));
    CHECK(mime::htmlToText("Line<br>next<br/>last") == QStringLiteral("Line\nnext\nlast"));
    CHECK(mime::htmlToText("<ul><li>apples</li><li>pears</li></ul>") == QStringLiteral("- apples\n- pears"));
    CHECK(mime::htmlToText("<a href=\"https://example.com/x\">our site</a>") ==
          QStringLiteral("our site (https://example.com/x)"));
    CHECK(mime::htmlToText("<a href=\"https://example.com/\">https://example.com/</a>") ==
          QStringLiteral("https://example.com/"));
    CHECK(mime::htmlToText("<html><head><title>T</title><style>p{}</style></head><body><script>x()</script>"
                           "<div>Hello &amp; welcome&nbsp;here</div></body></html>") ==
          QStringLiteral("Hello & welcome here"));
    // Tag soup: unclosed and stray tags still give the words.
    CHECK(mime::htmlToText("<p>first<p>second</b></i><div>third") ==
          QStringLiteral("first\n\nsecond\n\nthird"));
    CHECK(mime::htmlToText("<p>Grüße, €5</p>") == QStringLiteral("Grüße, €5"));
    CHECK(mime::htmlToText("").isEmpty());
}

TEST_CASE("mime: HTML replies lose their quoted history too", "[core][mail][mime]")
{
    SECTION("Gmail's HTML with a gmail_quote")
    {
        const QString text = mime::htmlToText(
            "<div dir=\"ltr\">It still does not work.<div><br></div><div>Jane</div></div><br>"
            "<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Mon, Mar 4, 2024 at 10:00 "
            "AM "
            "Support &lt;<a href=\"mailto:help@example.com\">help@example.com</a>&gt; wrote:<br></div>"
            "<blockquote class=\"gmail_quote\">Please restart the device.</blockquote></div>");
        CHECK(text.contains(QStringLiteral("Support <help@example.com> wrote:")));
        CHECK(mime::newWords(text) == QStringLiteral("It still does not work.\n\nJane"));
    }
    SECTION("Outlook's HTML with a bold From/Sent block")
    {
        const QString text = mime::htmlToText(
            "<html><body><div class=WordSection1><p class=MsoNormal>The refund has not "
            "arrived.<o:p></o:p></p>"
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p><div><div style='border:none;border-top:solid #E1E1E1 "
            "1.0pt'>"
            "<p class=MsoNormal><b>From:</b> Shop &lt;shop@example.com&gt; <br><b>Sent:</b> Monday, March 4, "
            "2024 "
            "10:00 AM<br><b>To:</b> Jane &lt;jane@example.org&gt;<br><b>Subject:</b> Your "
            "refund<o:p></o:p></p>"
            "</div></div><p class=MsoNormal>It is on its way.<o:p></o:p></p></div></body></html>");
        CHECK(mime::newWords(text) == QStringLiteral("The refund has not arrived."));
    }
}

TEST_CASE("mime: bounces name the message that was not delivered", "[core][mail][mime]")
{
    CHECK(parsed(QStringLiteral("bounce-zimbra.eml")).bouncedMessageIds ==
          QStringList{QStringLiteral("118707422.15521266992174819.JavaMail.root@lvmail01")});
    CHECK(parsed(QStringLiteral("bounce-office365.eml")).bouncedMessageIds ==
          QStringList{QStringLiteral("20171013111011.20866.254C2F3A4D7AA526@ninomail.com")});
    CHECK(parsed(QStringLiteral("python-bounce.eml")).bouncedMessageIds ==
          QStringList{QStringLiteral("002001c144a6$8752e060$56104586@oxy.edu")});
    CHECK(parsed(QStringLiteral("malformed-outlook-dsn.eml")).bouncedMessageIds ==
          QStringList{QStringLiteral("004801d1fc84$01c934ac$b247f0b7$@infospacemail.com")});
    // Gmail's older bounces quote the returned headers as text.
    CHECK(parsed(QStringLiteral("bounce-gmail-text.eml")).bouncedMessageIds ==
          QStringList{QStringLiteral("CAKsfaBUUGqVZiaMrmH3TRPfq1odQPtM7Ey5YW1SgyJJRHtAjgw@mail.gmail.com")});
    CHECK(parsed(QStringLiteral("bounce-gmail.eml")).bouncedMessageIds ==
          QStringList{QStringLiteral("D992C2C3-F175-4C4D-97E2-53A90E4E5BF5@gmail.com")});
    // Postfix marks its bounce Auto-Submitted too; it is still a bounce.
    CHECK(parsed(QStringLiteral("bounce-postfix.eml")).kind == MailKind::Bounce);
}

TEST_CASE("mime: forwarded messages are kept below their own heading", "[core][mail][mime]")
{
    SECTION("message/rfc822 after the sender's own words")
    {
        const ParsedMail m = parsed(QStringLiteral("forward-rfc822.eml"));
        CHECK(m.text.startsWith(QStringLiteral("Hello\n\n---------- Forwarded message ----------\n"
                                               "From: Kirk Douglas <dan@example.com>\n")));
        CHECK(m.text.contains(QStringLiteral("Subject: Thanks!")));
        CHECK(m.text.contains(QStringLiteral("чтобы я без вас делал, дорогие мои!!!")));
        CHECK(m.newText == QStringLiteral("Hello"));
    }
    SECTION("a forward with no words of the sender's keeps the forwarded ones as new")
    {
        const ParsedMail m = parsed(QStringLiteral("forward-groupwise.eml"));
        CHECK(m.text.contains(QStringLiteral("Subject: GroupwiseForwardingTest")));
        CHECK(m.text.contains(QStringLiteral("Testing email forwarding with Groupwise 1.2.2010")));
        CHECK(m.newText == m.text);
    }
    SECTION("Gmail's inline forward of a forward")
    {
        const ParsedMail m = parsed(QStringLiteral("gmail-inline-forward.eml"));
        CHECK(m.text.startsWith(QStringLiteral("---------- Forwarded message ----------")));
        CHECK(m.text.contains(QStringLiteral("Subject: Please forward this email to me")));
        CHECK(m.text.contains(QStringLiteral("Forward please")));
        CHECK(m.newText.contains(QStringLiteral("Forward please")));
    }
    SECTION("an inline forward with an inline image inside")
    {
        const ParsedMail m = parsed(QStringLiteral("forward-rfc822-inline-image.eml"));
        CHECK(m.text.contains(QStringLiteral("Subject: Another PDF")));
        REQUIRE(m.attachments.size() >= 1);
        const MailAttachment& img = m.attachments.first();
        CHECK(img.name == QStringLiteral("img.png"));
        CHECK(img.isInline);
        CHECK(img.contentId == QStringLiteral("emedfeb92f-a786-4718-a446-98db8afb53fb@kronos"));
        CHECK(img.sha256 ==
              QStringLiteral("950a114c1cb32b9faf073bdfb6ea00532e85900c76b6eeefc6b2b6a320bec888"));
    }
}

TEST_CASE("mime: attachments come out as sent", "[core][mail][mime]")
{
    // Hashes are sha256sum of the decoded parts (checked with a second MIME
    // implementation), for the picture also of the file the suite ships.
    struct Expected
    {
        const char* file;
        const char* name;
        const char* type;
        qint64 size;
        const char* sha256;
        bool isInline;
    };
    const Expected expected[] = {
        {"attachment-pdf.eml", "broken.pdf", "application/pdf", 1026,
         "c7d1b9b20df8a2bf2f1e0d00d84bcb56d05e56a044be7f3616f6e99f4a18bd0d", false},
        {"python-dingus-attachments.eml", "dingusfish.gif", "image/gif", 3512,
         "354288075c6cd6c6a99180ef60b99f599b4e3d6c28bd67c29adc736079e52a84", false},
        {"gmail-picture.eml", "mailgun.png", "image/png", 60168,
         "e19ecda390177fc830a523b73672cfce5498701d6a5e76d8ae623f2183f9a581", false},
        {"iphone.eml", "photo.JPG", "image/jpeg", 9023,
         "92bc1dbdabb05590d732fbb996501f2ef27d78c93843c78fc443aac0d2b4d33c", true},
        {"apple-mail-nonascii-filename.eml", "ciële.txt", "text/plain", 11,
         "12ad052c11ebcc644692dfbf6186c8441a55ba49e7f8a5f979eeb638160669d8", false},
        // RFC 2231 continuations; CRLF line ends on a 7bit part.
        {"apple-mail-japanese-attachment.eml", "かきくけこかきくけこかきくけこかきくけこかきくけこ.txt",
         "text/plain", 18, "ce6a091472e812cedb6cbb9a95b003fc110e5b349f6b39a9aee3cab92b379888", false},
        {"outlook-tnef.eml", "winmail.dat", "application/ms-tnef", 1325,
         "68aa843030f8c6ad625450054732fe0f3a680496d98f957d578192fa4469cec2", false},
    };
    for (const Expected& e : expected) {
        INFO(e.file);
        const ParsedMail m = parsed(QString::fromUtf8(e.file));
        REQUIRE(m.attachments.size() == 1);
        const MailAttachment& a = m.attachments.first();
        CHECK(a.name == QString::fromUtf8(e.name));
        CHECK(a.mimeType == QString::fromUtf8(e.type));
        CHECK(a.size == e.size);
        CHECK(a.sha256 == QString::fromLatin1(e.sha256));
        CHECK(hex(a.data) == QString::fromLatin1(e.sha256));
        CHECK(a.isInline == e.isInline);
    }

    SECTION("inline images of an Outlook HTML message")
    {
        const ParsedMail m = parsed(QStringLiteral("outlook-related-inline-image.eml"));
        CHECK_FALSE(m.fromHtml); // the plain alternative is there
        CHECK(m.text.startsWith(QStringLiteral("The Hare and the Tortoise")));
        REQUIRE(m.attachments.size() == 2);
        CHECK(m.attachments.at(0).name == QStringLiteral("blueball.png"));
        CHECK(m.attachments.at(0).contentId == QStringLiteral("823504223@17052000-0f8d"));
        CHECK(m.attachments.at(0).isInline);
        CHECK(m.attachments.at(0).sha256 ==
              QStringLiteral("68aa843030f8c6ad625450054732fe0f3a680496d98f957d578192fa4469cec2"));
        CHECK(m.attachments.at(1).name == QStringLiteral("redball.png"));
        CHECK(m.attachments.at(1).size == 1453);
        CHECK(m.attachments.at(1).sha256 ==
              QStringLiteral("63aa82493459d1a5ac267e20109d380ba995788f7fa13ed43021ebb37ead6fc5"));
    }
    SECTION("over the cap they are listed without their data")
    {
        const ParsedMail m = parsed(QStringLiteral("gmail-picture.eml"), 10000);
        CHECK(m.overSizeCap);
        REQUIRE(m.attachments.size() == 1);
        CHECK(m.attachments.first().data.isEmpty());
        CHECK(m.attachments.first().size == 60168);
        CHECK(m.attachments.first().sha256 ==
              QStringLiteral("e19ecda390177fc830a523b73672cfce5498701d6a5e76d8ae623f2183f9a581"));
        CHECK(m.text.startsWith(QStringLiteral("Мейлган! Хахах!")));
    }
}

TEST_CASE("mime: dates, ids and replies", "[core][mail][mime]")
{
    SECTION("a date in the year 3609 is absurd")
    {
        const ParsedMail m = parsed(QStringLiteral("absurd-date.eml"));
        CHECK(m.dateGuessed);
        CHECK(m.date == kReceived);
    }
    SECTION("a date that does not parse")
    {
        const ParsedMail m = parsed(QStringLiteral("outlook-bad-date.eml"));
        CHECK(m.dateGuessed);
        CHECK(m.date == kReceived);
    }
    SECTION("a good date keeps its offset")
    {
        const ParsedMail m = parsed(QStringLiteral("thunderbird-reply.eml"));
        CHECK_FALSE(m.dateGuessed);
        CHECK(m.date == QDateTime(QDate(2007, 11, 18), QTime(8, 56, 7), Qt::UTC));
        CHECK(m.date.offsetFromUtc() == 11 * 3600);
        CHECK(m.messageId == QStringLiteral("473FFE27.20003@xxx.org"));
        CHECK(m.inReplyTo == QStringList{QStringLiteral("348F04F142D69C21-291E56D292BC@xxxx.net")});
        CHECK(m.references == QStringList{QStringLiteral("473FF3B8.9020707@xxx.org"),
                                          QStringLiteral("348F04F142D69C21-291E56D292BC@xxxx.net")});
        CHECK(m.from.name == QStringLiteral("Testing"));
        CHECK(m.from.address == QStringLiteral("xxxxxxxx@xxx.org"));
    }
}

TEST_CASE("mime: the Outlook reply's new words leave the original message out", "[core][mail][mime]")
{
    const ParsedMail m = parsed(QStringLiteral("outlook-original-message.eml"));
    CHECK(m.text.contains(QStringLiteral("-----Original Message-----")));
    CHECK(m.newText.startsWith(QStringLiteral("No problems here... with 2.4.3")));
    CHECK(m.newText.endsWith(QStringLiteral("bogomips        : 1979.18\n-----------------")));
    CHECK_FALSE(m.newText.contains(QStringLiteral("Original Message")));
    CHECK_FALSE(m.newText.contains(QStringLiteral("I have several machines here")));
}

TEST_CASE("mime: what kind of mail it is", "[core][mail][mime]")
{
    const auto kindWith = [](const char* headers) {
        const QByteArray raw = QByteArray("From: Jane <jane@example.org>\r\nTo: support@example.com\r\n"
                                          "Subject: Hello\r\nMessage-ID: <k@example.org>\r\n") +
                               headers + "\r\nHello there.\r\n";
        const auto m = mime::parse(raw, kReceived, kCap);
        REQUIRE(m.has_value());
        return m->kind;
    };
    CHECK(kindWith("") == MailKind::Person);
    CHECK(kindWith("Auto-Submitted: no\r\n") == MailKind::Person);
    CHECK(kindWith("Auto-Submitted: auto-replied\r\n") == MailKind::AutoReply);
    CHECK(kindWith("Auto-Submitted: auto-generated\r\n") == MailKind::AutoReply);
    CHECK(kindWith("X-Autoreply: yes\r\n") == MailKind::AutoReply);
    CHECK(kindWith("X-Autorespond: Out of office\r\n") == MailKind::AutoReply);
    CHECK(kindWith("Precedence: auto_reply\r\n") == MailKind::AutoReply);
    CHECK(kindWith("Precedence: bulk\r\n") == MailKind::Bulk);
    CHECK(kindWith("Precedence: list\r\n") == MailKind::Bulk);
    CHECK(kindWith("Precedence: junk\r\n") == MailKind::Bulk);
    CHECK(kindWith("List-Id: <news.example.org>\r\n") == MailKind::Bulk);
    CHECK(kindWith("List-Unsubscribe: <mailto:leave@example.org>\r\n") == MailKind::Bulk);
    // An auto-reply to list mail is still an auto-reply: nothing is sent back either way.
    CHECK(kindWith("Auto-Submitted: auto-replied\r\nPrecedence: bulk\r\n") == MailKind::AutoReply);
}

TEST_CASE("mime: bounces without a delivery-status part", "[core][mail][mime]")
{
    const auto kindOf = [](const char* from, const char* subject) {
        const QByteArray raw = QByteArray("Return-Path: <>\r\nFrom: ") + from +
                               "\r\nTo: support@example.com\r\n" + "Subject: " + subject +
                               "\r\n\r\nThe message could not be delivered.\r\n";
        const auto m = mime::parse(raw, kReceived, kCap);
        REQUIRE(m.has_value());
        return m->kind;
    };
    // DragonFly's mail agent writes no address at all.
    CHECK(kindOf("MAILER-DAEMON <>", "Mail delivery failed") == MailKind::Bounce);
    CHECK(kindOf("Mail Delivery System <mailer-daemon@mx.example.com>", "Warning: message delayed") ==
          MailKind::Bounce);
    CHECK(kindOf("<Postmaster@ezweb.ne.jp>", "Mail System Error - Returned Mail") == MailKind::Bounce);
    // A postmaster writing about something else is read as a person.
    CHECK(kindOf("Postmaster <postmaster@example.org>", "Your complaint") == MailKind::Person);
}

TEST_CASE("mime: what is not a message fails with an error", "[core][mail][mime]")
{
    CHECK_FALSE(mime::parse(QByteArray(), kReceived, kCap).has_value());
    CHECK_FALSE(mime::parse("   \r\n\r\n", kReceived, kCap).has_value());
    CHECK_FALSE(mime::parse("just some words, no header at all", kReceived, kCap).has_value());
    const auto bad = mime::parse(QByteArray("\x89PNG\r\n\x1a\n", 8), kReceived, kCap);
    REQUIRE_FALSE(bad.has_value());
    CHECK_FALSE(bad.error().message.isEmpty());
}

TEST_CASE("mime: every corpus message cut short still parses or fails cleanly", "[core][mail][mime]")
{
    for (const QString& name : corpusNames()) {
        const QByteArray raw = corpusFile(name);
        for (int i = 1; i <= 10; ++i) {
            const QByteArray cut = raw.left(raw.size() * i / 11);
            INFO(name.toStdString() << " cut at " << cut.size());
            const auto r = mime::parse(cut, kReceived, kCap);
            if (r) {
                CHECK(r->raw == cut);
                CHECK_FALSE(r->messageId.isEmpty());
                CHECK(r->date.isValid());
            } else {
                CHECK_FALSE(r.error().message.isEmpty());
            }
        }
    }
}

TEST_CASE("mime: newWords cuts quoted history and signatures", "[core][mail][mime]")
{
    const auto words = [](const char* text) { return mime::newWords(QString::fromUtf8(text)); };

    SECTION("an English attribution and a quote block")
    {
        CHECK(words("Thanks, that works.\n\nOn Mon, 4 Mar 2024 at 10:00, Support <help@example.com> wrote:\n"
                    "> Please try again.\n> Regards") == QStringLiteral("Thanks, that works."));
    }
    SECTION("the attribution split over two lines")
    {
        CHECK(words("Still broken.\n\nOn Mon, 4 Mar 2024 at 10:00, Customer Support Team\n"
                    "<help@example.com> wrote:\n> Please try again.") == QStringLiteral("Still broken."));
    }
    SECTION("German, French and Spanish attributions")
    {
        CHECK(words("Danke!\n\nAm 04.03.2024 um 10:00 schrieb Support <help@example.com>:\n> Bitte erneut "
                    "versuchen.") == QStringLiteral("Danke!"));
        CHECK(words("Merci.\n\nLe lun. 4 mars 2024 à 10:00, Support <help@example.com> a écrit :\n> "
                    "Réessayez.") == QStringLiteral("Merci."));
        CHECK(words("Gracias.\n\nEl lun, 4 mar 2024 a las 10:00, Support (<help@example.com>) escribió:\n"
                    "> Inténtelo de nuevo.") == QStringLiteral("Gracias."));
    }
    SECTION("quote lines at the end without an attribution")
    {
        CHECK(words("I agree.\n\n> earlier text\n> more\n") == QStringLiteral("I agree."));
    }
    SECTION("Outlook's original message and its header block")
    {
        CHECK(words("The parcel never came.\n\n-----Original Message-----\nFrom: Shop\nSent: Monday\n"
                    "To: Jane\nSubject: Your order\n\nIt is on its way.") ==
              QStringLiteral("The parcel never came."));
        CHECK(words("The parcel never came.\n\nFrom: Shop <shop@example.com>\nSent: Monday, March 4, 2024 "
                    "10:00 AM\n"
                    "To: Jane <jane@example.org>\nSubject: Your order\n\nIt is on its way.") ==
              QStringLiteral("The parcel never came."));
        CHECK(
            words("Bitte prüfen.\n\n________________________________\nVon: Shop <shop@example.com>\n"
                  "Gesendet: Montag, 4. März 2024 10:00\nAn: Jane\nBetreff: Ihre Bestellung\n\nUnterwegs.") ==
            QStringLiteral("Bitte prüfen."));
    }
    SECTION("a signature and a phone's line")
    {
        CHECK(words("Please call me back.\n\n-- \nJane Doe\nACME Ltd") ==
              QStringLiteral("Please call me back."));
        CHECK(words("Please call me back.\n\nSent from my iPhone") == QStringLiteral("Please call me back."));
        CHECK(words("Bitte zurückrufen.\n\nVon meinem iPhone gesendet") ==
              QStringLiteral("Bitte zurückrufen."));
        CHECK(words("Please call.\n\nGet Outlook for Android\n\nOn Mon, Support wrote:\n> Hi") ==
              QStringLiteral("Please call."));
    }
    SECTION("bottom-posting keeps the words below the quote")
    {
        CHECK(words("On Mon, 4 Mar 2024, Support wrote:\n> Did that help?\n\nNo, it did not.\n\n-- \nJane") ==
              QStringLiteral("No, it did not."));
    }
    SECTION("an inline reply between quoted lines is kept whole")
    {
        const char* inlineReply = "> Which model?\nThe X200.\n> Since when?\nSince Friday.";
        CHECK(words(inlineReply) == QString::fromUtf8(inlineReply));
    }
    SECTION("never empty when there are words")
    {
        CHECK(words("> only a quote\n> nothing else") == QStringLiteral("> only a quote\n> nothing else"));
        CHECK(words("-- \nJust a signature") == QStringLiteral("-- \nJust a signature"));
        CHECK(words("").isEmpty());
        CHECK(words("Plain words, nothing quoted.\nSecond line.") ==
              QStringLiteral("Plain words, nothing quoted.\nSecond line."));
    }
    SECTION("a forward: the sender's words above it, or all of it when there are none")
    {
        CHECK(words("See below.\n\nBegin forwarded message:\n\nFrom: Shop <shop@example.com>\n"
                    "Subject: Order\nDate: 4 March 2024\n\nShipped.") == QStringLiteral("See below."));
        const char* bare = "Begin forwarded message:\n\nFrom: Shop <shop@example.com>\nSubject: Order\n"
                           "Date: 4 March 2024\n\nShipped.";
        CHECK(words(bare) == QString::fromUtf8(bare));
        CHECK(words("FYI\n\n---------- Forwarded message ---------\nFrom: Shop\nDate: Mon\nSubject: Order\n"
                    "\nShipped.") == QStringLiteral("FYI"));
    }
    SECTION("a line that only mentions writing is no attribution")
    {
        CHECK(words("On Monday I wrote to you about this.\nNobody answered.") ==
              QStringLiteral("On Monday I wrote to you about this.\nNobody answered."));
    }
    SECTION("Windows line ends")
    {
        CHECK(words("Yes.\r\n\r\nOn Mon, Support wrote:\r\n> Really?\r\n") == QStringLiteral("Yes."));
    }
}

namespace {

OutgoingMail outgoing()
{
    OutgoingMail m;
    m.from = {QStringLiteral("Kundendienst Müller & Söhne"), QStringLiteral("service@example.com")};
    m.to = {QStringLiteral("Zoë O'Brien, Jr."), QStringLiteral("zoe@example.org")};
    m.subject = QStringLiteral("Re: Ihre Beschwerde – Fall #42 (Lieferung verspätet) 日本語");
    m.text = QStringLiteral(
        "Guten Tag Frau O'Brien,\n\nwir bitten um Entschuldigung: Ihre Lieferung kam zu spät.\n"
        "Als Ausgleich erstatten wir 15 € — und prüfen den Versand.\n\n"
        "Mit freundlichen Grüßen\nIhr Kundendienst");
    m.messageId = mime::newMessageId(m.from.address);
    m.inReplyTo = {QStringLiteral("CAKsfaBUUGqVZiaMrmH3TRPfq1odQPtM7Ey5YW1SgyJJRHtAjgw@mail.gmail.com")};
    m.references = {QStringLiteral("first.1@example.org"), QStringLiteral("second.2@example.com"),
                    QStringLiteral("CAKsfaBUUGqVZiaMrmH3TRPfq1odQPtM7Ey5YW1SgyJJRHtAjgw@mail.gmail.com")};
    m.date = QDateTime(QDate(2024, 3, 4), QTime(9, 30, 15), QTimeZone(3600));
    return m;
}

void checkLines(const QByteArray& bytes)
{
    const QList<QByteArray> lines = bytes.split('\n');
    for (const QByteArray& line : lines) {
        INFO(line.toStdString());
        // 78 characters and the CR; only a single word too long to fold
        // (a long Message-ID after its header's name) may pass that.
        const QByteArray value = line.mid(line.indexOf(' ') + 1).trimmed();
        CHECK((line.size() <= 79 || !value.contains(' ')));
        // 7-bit clean on the wire.
        CHECK(std::all_of(line.begin(), line.end(),
                          [](char c) { return static_cast<unsigned char>(c) < 0x80; }));
    }
}

} // namespace

TEST_CASE("mime: newMessageId is unique and in the sender's domain", "[core][mail][mime]")
{
    const QString a = mime::newMessageId(QStringLiteral("Service@Example.COM"));
    const QString b = mime::newMessageId(QStringLiteral("service@example.com"));
    CHECK(a != b);
    CHECK(a.endsWith(QStringLiteral("@example.com")));
    CHECK_FALSE(a.contains(QLatin1Char('<')));
    CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{32}\\.[0-9a-z]+@example\\.com$")).match(a).hasMatch());
    CHECK(mime::newMessageId(QString()).endsWith(QStringLiteral("@redress.invalid")));
}

TEST_CASE("mime: a built message reads back as it was written", "[core][mail][mime]")
{
    SECTION("text only")
    {
        const OutgoingMail out = outgoing();
        const QByteArray bytes = mime::build(out);
        CHECK(bytes.contains("MIME-Version: 1.0\r\n"));
        CHECK(bytes.contains("Content-Type: text/plain; charset=utf-8\r\n"));
        CHECK(bytes.contains("Content-Transfer-Encoding: quoted-printable\r\n"));
        CHECK(bytes.contains("=?UTF-8?"));
        CHECK(bytes.contains("Gr=C3=BC=C3=9Fe")); // the body is the UTF-8 it declares
        checkLines(bytes);

        const auto back = mime::parse(bytes, out.date.addSecs(3600), kCap);
        REQUIRE(back.has_value());
        CHECK(back->subject == out.subject);
        CHECK(back->from.name == out.from.name);
        CHECK(back->from.address == out.from.address);
        REQUIRE(back->to.size() == 1);
        CHECK(back->to.first().name == out.to.name);
        CHECK(back->to.first().address == out.to.address);
        CHECK(back->text == out.text);
        CHECK(back->newText == out.text);
        CHECK(back->messageId == out.messageId);
        CHECK(back->inReplyTo == out.inReplyTo);
        CHECK(back->references == out.references);
        CHECK(back->date == out.date);
        CHECK_FALSE(back->dateGuessed);
        CHECK(back->kind == MailKind::Person);
        CHECK(back->attachments.isEmpty());
    }
    SECTION("long lines and lines that start like mbox separators")
    {
        OutgoingMail out = outgoing();
        out.text = QString(500, QLatin1Char('x')) + QStringLiteral("\nFrom the start of a line.\n.\n") +
                   QStringLiteral("ü").repeated(300) + QStringLiteral("\nend   with spaces   ");
        const QByteArray bytes = mime::build(out);
        checkLines(bytes);
        const auto back = mime::parse(bytes, out.date.addSecs(3600), kCap);
        REQUIRE(back.has_value());
        // Trailing white space at the very end is not part of the text.
        CHECK(back->text == out.text.trimmed());
    }
    SECTION("ASCII names and subject are left as they are")
    {
        OutgoingMail out = outgoing();
        out.from.name = QStringLiteral("Support");
        out.subject = QStringLiteral("Your case");
        const QByteArray bytes = mime::build(out);
        CHECK(bytes.contains("From: Support <service@example.com>\r\n"));
        CHECK(bytes.contains("Subject: Your case\r\n"));
    }
    SECTION("attachments, a non-ASCII name and a 1 MB file")
    {
        OutgoingMail out = outgoing();
        QByteArray big(1024 * 1024, '\0');
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = char((i * 7919) % 251);
        QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n";
        out.attachments.append({QStringLiteral("Rechnung März 2024 – Übersicht.pdf"),
                                QStringLiteral("application/pdf"),
                                pdf,
                                pdf.size(),
                                hex(pdf),
                                {},
                                false});
        out.attachments.append({QStringLiteral("big.bin"),
                                QStringLiteral("application/octet-stream"),
                                big,
                                big.size(),
                                hex(big),
                                {},
                                false});
        const QByteArray bytes = mime::build(out);
        CHECK(bytes.contains("Content-Type: multipart/mixed"));
        CHECK(bytes.contains("Content-Disposition: attachment"));
        CHECK(bytes.contains("filename*=UTF-8''Rechnung%20M%C3%A4rz"));
        CHECK(bytes.contains("Content-Transfer-Encoding: base64"));
        checkLines(bytes);

        const auto back = mime::parse(bytes, out.date.addSecs(3600), kCap);
        REQUIRE(back.has_value());
        CHECK(back->text == out.text);
        REQUIRE(back->attachments.size() == 2);
        for (int i = 0; i < 2; ++i) {
            const MailAttachment& a = back->attachments.at(i);
            const MailAttachment& b = out.attachments.at(i);
            CHECK(a.name == b.name);
            CHECK(a.mimeType == b.mimeType);
            CHECK(a.data == b.data);
            CHECK(a.size == b.size);
            CHECK(a.sha256 == b.sha256);
            CHECK_FALSE(a.isInline);
        }
        CHECK_FALSE(back->overSizeCap);

        const auto capped = mime::parse(bytes, out.date.addSecs(3600), 100 * 1024);
        REQUIRE(capped.has_value());
        CHECK(capped->overSizeCap);
        CHECK(capped->attachments.at(0).data == pdf);
        CHECK(capped->attachments.at(1).data.isEmpty());
        CHECK(capped->attachments.at(1).sha256 == hex(big));
    }
}

TEST_CASE("mime: MailAddress as a header writes it", "[core][mail][mime]")
{
    CHECK(MailAddress{QString(), QStringLiteral("a@example.com")}.toString() ==
          QStringLiteral("a@example.com"));
    CHECK(MailAddress{QStringLiteral("Jane Doe"), QStringLiteral("jane@example.com")}.toString() ==
          QStringLiteral("Jane Doe <jane@example.com>"));
    CHECK(MailAddress{QStringLiteral("Doe, Jane"), QStringLiteral("jane@example.com")}.toString() ==
          QStringLiteral("\"Doe, Jane\" <jane@example.com>"));
    CHECK(MailAddress{QStringLiteral("Jane \"JD\" Doe"), QStringLiteral("jane@example.com")}.toString() ==
          QStringLiteral("\"Jane \\\"JD\\\" Doe\" <jane@example.com>"));
}
