using System.Globalization;

namespace RiskWorker.Notifications;

/// <summary>The one owner of outbox keys: the key is what makes a mail exactly-once, so nobody else builds one.</summary>
internal static class OutboxKeys
{
    /// <summary><c>digest:{email}:{ISO week}</c> — one digest per person per week, however often it is composed.</summary>
    public static string Digest(string email, string isoWeek) => $"digest:{email.ToLowerInvariant()}:{isoWeek}";

    /// <summary><c>alert:{email}:{risk}:{level}:{fingerprint}</c> — see <see cref="Alerts.RiskChange.Fingerprint"/>.</summary>
    public static string Alert(string email, string risk, string level, string fingerprint) => $"alert:{email.ToLowerInvariant()}:{risk}:{level}:{fingerprint}";

    /// <summary>
    /// <c>campaign:{meeting}:t{30|14|7}:{email}</c> — one mail per person per step of the campaign for one Council
    /// meeting, whichever day of the step's window it goes out; a new meeting date is a new campaign.
    /// </summary>
    public static string Campaign(DateOnly meeting, int daysBefore, string email) => $"{CampaignPrefix(meeting)}t{daysBefore}:{email.ToLowerInvariant()}";

    /// <summary>What every campaign key of the meeting on <paramref name="meeting"/> starts with.</summary>
    public static string CampaignPrefix(DateOnly meeting) => string.Create(CultureInfo.InvariantCulture, $"campaign:{meeting:yyyy-MM-dd}:");

    /// <summary>
    /// <c>campaign:{body}:{meeting}:{request|reminder|pack}:{email}</c> — the same for a review body other than the
    /// Council, whose keys keep their first form.
    /// </summary>
    public static string BodyCampaign(string body, DateOnly meeting, string step, string email) => $"{BodyCampaignPrefix(body, meeting)}{step}:{email.ToLowerInvariant()}";

    public static string BodyCampaignPrefix(string body, DateOnly meeting) => string.Create(CultureInfo.InvariantCulture, $"campaign:{body}:{meeting:yyyy-MM-dd}:");

    /// <summary>ISO 8601 week of a date, e.g. <c>2026-W48</c>.</summary>
    public static string IsoWeek(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day)}-W{ISOWeek.GetWeekOfYear(day):00}");
    }
}
