using MimeKit;

namespace RiskWorker.Owners;

/// <summary>The one check of what counts as an email address for owners and the fallback.</summary>
internal static class EmailAddress
{
    // A bare address with a dotted domain: MimeKit alone accepts "Name <a@b.c>" and "a@b", which a mail server would not deliver.
    public static bool IsValid(string email) =>
        MailboxAddress.TryParse(email, out var parsed) && string.IsNullOrEmpty(parsed.Name) && parsed.Address == email
        && email.IndexOf('@', StringComparison.Ordinal) is var at && at > 0 && email.IndexOf('.', at) > at + 1 && !email.EndsWith('.');
}
