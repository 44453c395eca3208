#pragma once

#include "core/Error.h"
#include "core/mail/MailMessage.h"

namespace redress::core {

/// MIME in and out through GMime 3 (Debian's libgmime-3.0): charsets,
/// encoded words, multipart structure and address lists are GMime's work,
/// not a parser of ours.
namespace mime {

/// Takes a received message apart. `receivedAt` stands in for a missing or
/// absurd Date. Attachments whose decoded size together passes
/// `attachmentCap` bytes are listed (name, type, size, hash) without their
/// data, and overSizeCap is set. Fails only when the bytes are not a
/// message at all (empty, or no header block).
Result<ParsedMail> parse(const QByteArray& raw, const QDateTime& receivedAt, qint64 attachmentCap);

/// The message's bytes: UTF-8 text/plain (quoted-printable), multipart/mixed
/// when there are attachments, the headers encoded where they need it.
QByteArray build(const OutgoingMail& mail);

/// A new Message-ID (without brackets) in the domain of `fromAddress`.
QString newMessageId(const QString& fromAddress);

/// HTML as readable text: paragraphs and line breaks kept, lists as "- ",
/// links as "text (url)", scripts and styles dropped. Through libxml2's
/// HTML parser, which copes with the tag soup mail programs write.
QString htmlToText(const QByteArray& html);

/// `text` without quoted history and signature (ParsedMail::newText).
QString newWords(const QString& text);

} // namespace mime

} // namespace redress::core
