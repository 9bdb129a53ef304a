using MimeKit;

namespace RiskWorker.Mail;

/// <summary>Turns a stored outbox row into the MIME message that is sent or written: multipart/alternative, text then HTML.</summary>
internal static class OutboxMime
{
    private const string PickupSender = "RiskEngine <riskengine@localhost>";

    public static MimeMessage Compose(PendingMail mail, string? from)
    {
        var m = mail.Message;
        var message = new MimeMessage
        {
            MessageId = mail.MessageId,
            // The enqueue time, not the send time: a retried message is the same message.
            Date = mail.CreatedAt,
            Subject = m.Subject,
            Body = new MultipartAlternative
            {
                new TextPart(MimeKit.Text.TextFormat.Plain) { Text = m.TextBody },
                new TextPart(MimeKit.Text.TextFormat.Html) { Text = m.HtmlBody },
            },
        };
        message.From.Add(MailboxAddress.Parse(string.IsNullOrWhiteSpace(from) ? PickupSender : from));
        message.To.Add(new MailboxAddress(m.ToName, m.ToAddress));
        message.Body.Headers.Add(HeaderId.ContentLanguage, m.Language);
        // Tells vacation responders and mailing lists not to answer an automatic message (RFC 3834).
        message.Headers.Add("Auto-Submitted", "auto-generated");
        return message;
    }
}
