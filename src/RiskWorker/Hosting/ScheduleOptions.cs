namespace RiskWorker.Hosting;

/// <summary>
/// Configuration section <c>Schedule</c>: Quartz cron expressions (seconds first), read in the register's time zone (register.json).
/// Validated before the host starts.
/// </summary>
internal sealed class ScheduleOptions
{
    public const string Section = "Schedule";

    /// <summary>The daily evaluation, followed by the alert dispatch. Default: <c>0 0 6 * * ?</c> (06:00 every day).</summary>
    public string Evaluation { get; set; } = "0 0 6 * * ?";

    /// <summary>The weekly digest. Default: <c>0 0 8 ? * MON</c> (Monday 08:00).</summary>
    public string Digest { get; set; } = "0 0 8 ? * MON";

    /// <summary>The Academic Council campaign's daily run (idle unless <c>Council:MeetingDate</c> is set). Default: <c>0 0 7 * * ?</c> (07:00 every day).</summary>
    public string Campaign { get; set; } = "0 0 7 * * ?";

    /// <summary>
    /// SQLite file of Quartz's job store (with a SQLite database; with PostgreSQL, Quartz keeps its tables in that
    /// database, clustered, and this setting is not used). Default: empty, meaning <c>&lt;database&gt;.quartz.db</c> beside the engine's
    /// database: Quartz serializes all its work behind its own lock with serializable transactions, so keeping its
    /// tables out of the engine's file means an evaluation or an import never waits on the scheduler (or the reverse).
    /// </summary>
    public string StorePath { get; set; } = "";

    /// <summary>How long shutdown waits for a running job before giving up. Default: 120 s (size the service manager's stop timeout to it).</summary>
    public int ShutdownTimeoutSeconds { get; set; } = 120;

    public string StoreFileFor(string databasePath) =>
        StorePath.Length > 0 ? StorePath : Path.Combine(Path.GetDirectoryName(databasePath) ?? "", Path.GetFileNameWithoutExtension(databasePath) + ".quartz.db");

    /// <summary>What is wrong with the schedule, each naming its setting, to be said in the reader's words.</summary>
    public IReadOnlyList<Cli.CliLine> Validate()
    {
        var failures = new List<Cli.CliLine>();
        foreach (var (key, cron) in new[] { (nameof(Evaluation), Evaluation), (nameof(Digest), Digest), (nameof(Campaign), Campaign) })
        {
            if (!Quartz.CronExpression.TryParse(cron, out _)) failures.Add(new("error.settings.schedule.cron", ("setting", $"{Section}:{key}"), ("value", cron)));
        }

        if (ShutdownTimeoutSeconds is < 1 or > 3600) failures.Add(new("error.settings.schedule.shutdown-timeout", ("setting", $"{Section}:{nameof(ShutdownTimeoutSeconds)}")));
        return failures;
    }
}
