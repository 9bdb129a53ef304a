using Quartz;

namespace RiskWorker.Reviews;

/// <summary>
/// How often a body meets: <c>yearly</c>, <c>quarterly</c>, <c>monthly</c> (the next meeting is the same day a year,
/// three months or a month later) or a Quartz cron expression read in the register's time zone (the next meeting is its next day).
/// </summary>
internal sealed class ReviewCadence
{
    private readonly int _months;
    private readonly CronExpression? _cron;

    private ReviewCadence(string text, int months, CronExpression? cron) => (Text, _months, _cron) = (text, months, cron);

    public string Text { get; }

    public bool IsCron => _cron is not null;

    /// <summary>Null when <paramref name="text"/> is neither a cadence word nor a valid cron expression.</summary>
    /// <param name="text">The configured cadence.</param>
    /// <param name="zone">The register's time zone, in which a cron expression is read.</param>
    public static ReviewCadence? Parse(string? text, TimeZoneInfo zone)
    {
        var word = (text ?? "").Trim().ToLowerInvariant();
        switch (word)
        {
            case "" or "yearly": return new("yearly", 12, null);
            case "quarterly": return new("quarterly", 3, null);
            case "monthly": return new("monthly", 1, null);
        }

        return CronExpression.TryParse(text!.Trim(), out var cron) ? new(text.Trim(), 0, new CronExpression(text.Trim(), zone)) : null;
    }

    /// <summary>The meeting after <paramref name="meeting"/>.</summary>
    public DateOnly Next(DateOnly meeting) => _cron is null ? meeting.AddMonths(_months) : FirstOnOrAfter(meeting.AddDays(1));

    /// <summary>For a cron: its first day on or after <paramref name="day"/>.</summary>
    public DateOnly FirstOnOrAfter(DateOnly day)
    {
        if (_cron is null) throw new InvalidOperationException("Only a cron cadence has days of its own.");
        var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), _cron.TimeZone.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue))).AddTicks(-1);
        var next = _cron.GetNextValidTimeAfter(start) ?? throw new InvalidOperationException($"The cron '{Text}' has no day after {day:yyyy-MM-dd}.");
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(next, _cron.TimeZone).DateTime);
    }

    /// <summary>The fewest days between two meetings, which the campaign's request window must stay under.</summary>
    public int ShortestGapDays(DateOnly from)
    {
        if (_cron is null) return _months switch { 12 => 365, 3 => 89, _ => 28 };
        var (gap, day) = (int.MaxValue, FirstOnOrAfter(from));
        for (var i = 0; i < 12; i++)
        {
            var next = Next(day);
            gap = Math.Min(gap, next.DayNumber - day.DayNumber);
            day = next;
        }

        return gap;
    }

    /// <summary>Windows that fit between two meetings: a month for a yearly body, three weeks for a quarterly, ten days for a monthly.</summary>
    public CampaignWindows DefaultWindows(DateOnly from) => ShortestGapDays(from) switch
    {
        >= 300 => CampaignWindows.Yearly,
        >= 60 => CampaignWindows.Quarterly,
        _ => CampaignWindows.Monthly,
    };

    public override string ToString() => Text;
}
