using System.Globalization;
using System.Text.RegularExpressions;
using RiskEngine;
using RiskWorker.Owners;

namespace RiskWorker.Reviews;

/// <summary>The checks of one <c>Reviews:Bodies:&lt;id&gt;</c> entry that need no register (names and languages are checked against it in <see cref="ReviewsRegisterValidator"/>); each failure names its key.</summary>
internal static partial class ReviewBodyChecks
{
    public static IEnumerable<string> Check(string id, ReviewBodyOptions o, bool council)
    {
        var key = $"{ReviewsOptions.Section}:Bodies:{id}";
        if (!IdPattern().IsMatch(id)) yield return $"{key}: the id must be lower-case letters, digits and dashes.";

        var cadence = ReviewCadence.Parse(o.Cadence, TimeZoneInfo.Utc); // only whether it parses
        if (cadence is null) yield return $"{key}:Cadence '{o.Cadence}' is not yearly, quarterly, monthly or a Quartz cron expression.";
        var hasDate = !string.IsNullOrWhiteSpace(o.MeetingDate);
        var meeting = ParseDate(o.MeetingDate);
        if (hasDate && meeting is null) yield return $"{key}:MeetingDate '{o.MeetingDate}' is not a date as yyyy-MM-dd.";

        if (!string.IsNullOrWhiteSpace(o.SecretaryEmail) && !EmailAddress.IsValid(o.SecretaryEmail))
            yield return $"{key}:SecretaryEmail '{o.SecretaryEmail}' is not an email address.";
        else if (!council && string.IsNullOrWhiteSpace(o.SecretaryEmail) && (hasDate || cadence?.IsCron == true))
            yield return $"{key}:SecretaryEmail is required with a meeting date or a cron cadence: the secretary gets the review pack.";

        if (cadence is null) yield break;
        var windows = Windows(o, cadence, meeting ?? new DateOnly(2026, 1, 1));
        if (windows.Pack < 0 || windows.Reminder <= windows.Pack || windows.Request <= windows.Reminder)
            yield return $"{key}: RequestDays ({windows.Request}) > ReminderDays ({windows.Reminder}) > PackDays ({windows.Pack}) >= 0 is required.";
        var gap = cadence.ShortestGapDays(meeting ?? new DateOnly(2026, 1, 1));
        if (windows.Request >= gap)
            yield return $"{key}:RequestDays ({windows.Request}) must be under the {gap} days between two {cadence.Text} meetings, or a campaign would start before the last meeting.";
    }

    /// <summary>The configured windows, each missing one taken from the cadence's defaults.</summary>
    public static CampaignWindows Windows(ReviewBodyOptions o, ReviewCadence cadence, DateOnly from)
    {
        var d = cadence.DefaultWindows(from);
        return new CampaignWindows(o.RequestDays ?? d.Request, o.ReminderDays ?? d.Reminder, o.PackDays ?? d.Pack);
    }

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();
}
