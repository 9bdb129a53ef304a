namespace RiskWorker.Cli;

/// <summary>The one owner of the university's time zone: OshTU works on Asia/Bishkek time.</summary>
internal static class Bishkek
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Bishkek");

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);
}
