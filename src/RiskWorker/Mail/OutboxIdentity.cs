using System.Security.Cryptography;
using System.Text;
using MimeKit;

namespace RiskWorker.Mail;

/// <summary>
/// The one owner of what is derived from an outbox key: the Message-Id (fixed at enqueue, so every retry and a
/// resend after a crash carry the same one) and the pickup file name.
/// </summary>
internal static class OutboxIdentity
{
    private const string FallbackDomain = "riskengine.localhost";

    /// <summary>A Message-Id (without angle brackets) from the key, in the sender's domain.</summary>
    public static string MessageId(string key, string? from)
    {
        var domain = from is not null && MailboxAddress.TryParse(from, out var sender) && sender.Domain.Length > 0 ? sender.Domain : FallbackDomain;
        return $"{Hash(key)[..32]}@{domain}";
    }

    /// <summary>A file name from the key, safe on every file system; the hash keeps two keys that clean up alike apart.</summary>
    public static string PickupFileName(string key)
    {
        var safe = new StringBuilder(key.Length);
        foreach (var ch in key) safe.Append(char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or '.' ? ch : '_');
        var stem = safe.ToString().Trim('.');
        if (stem.Length > 100) stem = stem[..100];
        return $"{stem}-{Hash(key)[..8]}.eml";
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
