using MimeKit;
using RiskWorker.Cli;

namespace RiskWorker.Mail;

/// <summary>
/// Turns a stored outbox row into the MIME message that is sent or written: multipart/alternative, text then HTML;
/// with attachments, that alternative first inside a multipart/mixed, then each file base64-encoded.
/// </summary>
internal static class OutboxMime
{
    private const string PickupSender = "RiskEngine <riskengine@localhost>";

    /// <param name="mail">The stored message.</param>
    /// <param name="from">The From address; the pickup sender when empty.</param>
    /// <param name="zone">The register's time zone, in which the Date header is written.</param>
    public static MimeMessage Compose(PendingMail mail, string? from, TimeZoneInfo zone)
    {
        var m = mail.Message;
        var message = new MimeMessage
        {
            MessageId = mail.MessageId,
            // The enqueue time, not the send time: a retried message is the same message. The institution's clock, as every time it shows.
            Date = TimeZoneInfo.ConvertTime(mail.CreatedAt, zone),
            Subject = m.Subject,
            Body = Body(m),
        };
        message.From.Add(MailboxAddress.Parse(string.IsNullOrWhiteSpace(from) ? PickupSender : from));
        message.To.Add(new MailboxAddress(m.ToName, m.ToAddress));
        message.Body.Headers.Add(HeaderId.ContentLanguage, m.Language);
        // Tells vacation responders and mailing lists not to answer an automatic message (RFC 3834).
        message.Headers.Add("Auto-Submitted", "auto-generated");
        return message;
    }

    private static MimeEntity Body(OutboxMessage m)
    {
        var text = new MultipartAlternative
        {
            new TextPart(MimeKit.Text.TextFormat.Plain) { Text = m.TextBody },
            new TextPart(MimeKit.Text.TextFormat.Html) { Text = m.HtmlBody },
        };
        if (m.Attachments.Count == 0) return text;

        var mixed = new Multipart("mixed") { text };
        foreach (var a in m.Attachments)
        {
            mixed.Add(new MimePart(ContentType.Parse(a.ContentType))
            {
                Content = new MimeContent(new MemoryStream(a.Content, writable: false)),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                ContentTransferEncoding = ContentEncoding.Base64,
                FileName = a.FileName,
            });
        }

        return mixed;
    }
}
