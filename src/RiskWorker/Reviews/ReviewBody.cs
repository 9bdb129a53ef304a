using RiskEngine;

namespace RiskWorker.Reviews;

/// <summary>A review body as the campaign, the pack and the decisions use it, resolved from configuration against the register.</summary>
/// <param name="Id">Its id, e.g. <c>council</c>; part of its outbox keys and pack file names.</param>
/// <param name="Name">Its name in each language.</param>
/// <param name="Cadence">How often it meets.</param>
/// <param name="MeetingDate">The configured next meeting; later ones follow from the cadence.</param>
/// <param name="SecretaryEmail">Who gets the pack besides the owners.</param>
/// <param name="SecretaryName">The secretary's display name, when configured.</param>
/// <param name="Language">Language of the pack and of the secretary's mail.</param>
/// <param name="RiskCodes">The risks it reviews, in register order.</param>
/// <param name="Windows">When each campaign step opens.</param>
/// <param name="SettingPrefix">Where its meeting date is configured, for messages (<c>Council</c> or <c>Reviews:Bodies:ID</c>).</param>
internal sealed record ReviewBody(
    string Id, LocalizedText Name, ReviewCadence Cadence, DateOnly? MeetingDate, string? SecretaryEmail, string? SecretaryName, string Language,
    IReadOnlyList<string> RiskCodes, CampaignWindows Windows, string SettingPrefix)
{
    public bool IsCouncil => Id == ReviewRecord.CouncilBody;

    public bool Covers(string risk) => RiskCodes.Contains(risk, StringComparer.Ordinal);

    /// <summary>
    /// The meeting whose campaign a day belongs to: the first meeting on or after <paramref name="day"/>, from the
    /// configured date on by the cadence (a cron without a date: its first day on or after). Null when there is none.
    /// </summary>
    public DateOnly? MeetingFor(DateOnly day)
    {
        if (MeetingDate is not { } meeting) return Cadence.IsCron ? Cadence.FirstOnOrAfter(day) : null;
        while (meeting < day) meeting = Cadence.Next(meeting);
        return meeting;
    }

    /// <summary>Its name in <paramref name="language"/>.</summary>
    public string Label(string language) => Name.Get(language);
}
