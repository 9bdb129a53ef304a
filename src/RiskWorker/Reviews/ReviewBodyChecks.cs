using System.Globalization;
using System.Text.RegularExpressions;
using RiskEngine;
using RiskWorker.Cli;
using RiskWorker.Owners;

namespace RiskWorker.Reviews;

/// <summary>The checks of one <c>Reviews:Bodies:&lt;id&gt;</c> entry that need no register (names and languages are checked against it in <see cref="ReviewsRegisterValidator"/>); each failure names its key, in the reader's words (<see cref="ReviewsRegisterValidator"/> says them).</summary>
internal static partial class ReviewBodyChecks
{
    public static IEnumerable<CliLine> Check(string id, ReviewBodyOptions o, bool council)
    {
        var key = $"{ReviewsOptions.Section}:Bodies:{id}";
        if (!IdPattern().IsMatch(id)) yield return new("error.settings.reviews.id", ("setting", key));

        var cadence = ReviewCadence.Parse(o.Cadence, TimeZoneInfo.Utc); // only whether it parses
        if (cadence is null) yield return new("error.settings.reviews.cadence", ("setting", key + ":Cadence"), ("value", o.Cadence));
        var hasDate = !string.IsNullOrWhiteSpace(o.MeetingDate);
        var meeting = ParseDate(o.MeetingDate);
        if (hasDate && meeting is null) yield return new("error.settings.reviews.meeting-date", ("setting", key + ":MeetingDate"), ("value", o.MeetingDate));

        if (!string.IsNullOrWhiteSpace(o.SecretaryEmail) && !EmailAddress.IsValid(o.SecretaryEmail))
            yield return new("error.settings.reviews.secretary-email", ("setting", key + ":SecretaryEmail"), ("value", o.SecretaryEmail));
        else if (!council && string.IsNullOrWhiteSpace(o.SecretaryEmail) && (hasDate || cadence?.IsCron == true))
            yield return new("error.settings.reviews.secretary-required", ("setting", key + ":SecretaryEmail"));

        if (cadence is null) yield break;
        var windows = Windows(o, cadence, meeting ?? new DateOnly(2026, 1, 1));
        if (windows.Pack < 0 || windows.Reminder <= windows.Pack || windows.Request <= windows.Reminder)
            yield return new("error.settings.reviews.windows", ("setting", key), ("request", windows.Request), ("reminder", windows.Reminder), ("pack", windows.Pack));
        var gap = cadence.ShortestGapDays(meeting ?? new DateOnly(2026, 1, 1));
        if (windows.Request >= gap)
            yield return new("error.settings.reviews.request-gap", ("setting", key + ":RequestDays"), ("request", windows.Request), ("gap", gap), ("cadence", cadence.Text));
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
