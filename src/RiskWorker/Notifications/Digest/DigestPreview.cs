using Microsoft.Extensions.Configuration;
using MimeKit;
using RiskWorker.Mail;

namespace RiskWorker.Notifications.Digest;

/// <summary><c>digest --preview DIR</c>: each person's digest as <c>.eml</c> and <c>.html</c>, the outbox untouched.</summary>
internal sealed class DigestPreview(DigestComposer composer, IConfiguration configuration)
{
    public async Task<IReadOnlyList<string>> WriteAsync(string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var mail in await composer.ComposeAsync(cancellationToken).ConfigureAwait(false))
        {
            var stem = Path.Combine(directory, SafeName(mail.Message.ToAddress));
            await File.WriteAllTextAsync(stem + ".html", mail.Message.HtmlBody, cancellationToken).ConfigureAwait(false);
            using var message = ToMime(mail.Message, configuration["Smtp:From"]);
            message.Prepare(EncodingConstraint.SevenBit);
            await message.WriteToAsync(stem + ".eml", cancellationToken).ConfigureAwait(false);
            written.Add(stem + ".eml");
        }

        return written;
    }

    // A preview only; the mail module builds the real message (Message-Id, Date) when it sends.
    private static MimeMessage ToMime(OutboxMessage m, string? from)
    {
        var message = new MimeMessage { Subject = m.Subject };
        message.From.Add(MailboxAddress.Parse(string.IsNullOrWhiteSpace(from) ? "riskengine@localhost" : from));
        message.To.Add(new MailboxAddress(m.ToName, m.ToAddress));
        message.Headers.Add(HeaderId.ContentLanguage, m.Language);
        message.Body = new BodyBuilder { HtmlBody = m.HtmlBody, TextBody = m.TextBody }.ToMessageBody();
        return message;
    }

    private static string SafeName(string email) => string.Concat(email.Select(c => char.IsLetterOrDigit(c) || c is '.' or '@' or '-' or '_' ? c : '_'));
}
