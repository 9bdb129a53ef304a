using System.Globalization;

namespace RiskWorker.Campaign;

/// <summary>
/// Configuration section <c>Council</c>: the Academic Council meeting that reviews the risks, which drives the
/// campaign (requests at T-30, reminders at T-14, the pack at T-7), and its secretary. Validated at start.
/// </summary>
internal sealed class CouncilOptions
{
    public const string Section = "Council";

    /// <summary>Day of the meeting, <c>yyyy-MM-dd</c>. Default: empty, meaning no campaign runs.</summary>
    public string? MeetingDate { get; set; }

    /// <summary>The Council secretary's address, who gets the pack at T-7. No default; required with <see cref="MeetingDate"/>.</summary>
    public string? SecretaryEmail { get; set; }

    /// <summary>The secretary's display name. Default: empty, meaning "Secretary of the Academic Council" in their language.</summary>
    public string? SecretaryName { get; set; }

    /// <summary>Language of the secretary's mail and pack: one the register offers. Default: empty, the register's default. An owner with the same address keeps their own.</summary>
    public string SecretaryLanguage { get; set; } = "";

    /// <summary>The parsed <see cref="MeetingDate"/>; null when it is absent (or not a date, which validation refuses).</summary>
    public DateOnly? Meeting =>
        DateOnly.TryParseExact(MeetingDate?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
