using System.Globalization;

namespace RiskWorker.Notifications;

/// <summary>The one owner of outbox keys: the key is what makes a mail exactly-once, so nobody else builds one.</summary>
internal static class OutboxKeys
{
    /// <summary><c>digest:{email}:{ISO week}</c> — one digest per person per week, however often it is composed.</summary>
    public static string Digest(string email, string isoWeek) => $"digest:{email.ToLowerInvariant()}:{isoWeek}";

    /// <summary><c>alert:{email}:{risk}:{level}:{fingerprint}</c> — see <see cref="Alerts.RiskChange.Fingerprint"/>.</summary>
    public static string Alert(string email, string risk, string level, string fingerprint) => $"alert:{email.ToLowerInvariant()}:{risk}:{level}:{fingerprint}";

    /// <summary>ISO 8601 week of a date, e.g. <c>2026-W48</c>.</summary>
    public static string IsoWeek(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day)}-W{ISOWeek.GetWeekOfYear(day):00}");
    }
}
