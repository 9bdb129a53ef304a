using RiskEngine;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;
using RiskWorker.Mail;

namespace RiskWorker.Notifications.Digest;

/// <summary><c>digest --preview DIR</c>: each person's digest as <c>.eml</c> and <c>.html</c>, the outbox untouched.</summary>
internal sealed class DigestPreview(DigestComposer composer, IRiskRegister register, IOptions<SmtpOptions> smtp, TimeProvider clock)
{
    public async Task<IReadOnlyList<string>> WriteAsync(string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var mail in await composer.ComposeAsync(cancellationToken).ConfigureAwait(false))
        {
            var stem = Path.Combine(directory, SafeName(mail.Message.ToAddress));
            await File.WriteAllTextAsync(stem + ".html", mail.Message.HtmlBody, cancellationToken).ConfigureAwait(false);
            // The same MIME shape the outbox sends; the Message-Id is the outbox's to give, so a preview gets its own.
            using var message = OutboxMime.Compose(new PendingMail(0, mail.Message, MimeUtils.GenerateMessageId(), clock.GetUtcNow()), smtp.Value.From, register.Identity.TimeZone);
            message.Prepare(EncodingConstraint.SevenBit);
            await message.WriteToAsync(stem + ".eml", cancellationToken).ConfigureAwait(false);
            written.Add(stem + ".eml");
        }

        return written;
    }

    private static string SafeName(string email) => string.Concat(email.Select(c => char.IsLetterOrDigit(c) || c is '.' or '@' or '-' or '_' ? c : '_'));
}
