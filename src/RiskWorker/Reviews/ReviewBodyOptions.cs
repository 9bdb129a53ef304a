namespace RiskWorker.Reviews;

/// <summary>One review body, <c>Reviews:Bodies:&lt;id&gt;</c>.</summary>
internal sealed class ReviewBodyOptions
{
    /// <summary>
    /// <c>Name:&lt;language&gt;</c>: the body's name as the subject of a sentence ("Rectorate"), in every language the register
    /// offers; required for every body but the Council, whose name is in the words (<c>campaign.council.name</c>).
    /// </summary>
    public Dictionary<string, string> Name { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary><c>yearly</c>, <c>quarterly</c>, <c>monthly</c> or a Quartz cron expression (in the register's time zone). Default: yearly.</summary>
    public string Cadence { get; set; } = "";

    /// <summary>The next meeting, <c>yyyy-MM-dd</c>; later meetings follow from the cadence. Without it (and without a cron) no campaign runs.</summary>
    public string? MeetingDate { get; set; }

    /// <summary>The secretary, who gets the pack. Required with a meeting date.</summary>
    public string? SecretaryEmail { get; set; }

    /// <summary>The secretary's display name. Default: "Secretary: {name}" in their language.</summary>
    public string? SecretaryName { get; set; }

    /// <summary>Language of the pack and of the secretary's mail: one the register offers. Default: the register's default.</summary>
    public string Language { get; set; } = "";

    /// <summary>Category codes whose risks the body reviews. With <see cref="Risks"/> empty too: every risk.</summary>
    public List<string> Categories { get; set; } = [];

    /// <summary>Risk codes the body reviews (added to those of <see cref="Categories"/>).</summary>
    public List<string> Risks { get; set; } = [];

    /// <summary>Days before the meeting the requests go out. Default by cadence: 30 yearly, 21 quarterly, 10 monthly.</summary>
    public int? RequestDays { get; set; }

    /// <summary>Days before the meeting the reminders go out. Default: 14, 10, 5.</summary>
    public int? ReminderDays { get; set; }

    /// <summary>Days before the meeting the pack goes out. Default: 7, 5, 2.</summary>
    public int? PackDays { get; set; }
}
