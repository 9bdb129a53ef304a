namespace RiskEngine;

/// <summary>Who the register belongs to and how it speaks, from <c>rules/register.json</c>: the one owner of the register's identity.</summary>
/// <param name="Id">Stable id (<c>university-risk-plan-2025-2030</c>); a database records it on first use and refuses another register.</param>
/// <param name="Institution">The institution's full name.</param>
/// <param name="InstitutionShort">The institution's short name (cover, footers, subjects).</param>
/// <param name="Plan">The plan the register comes from.</param>
/// <param name="Languages">The languages the register offers.</param>
/// <param name="DefaultLanguage">The language used when a reader has none.</param>
/// <param name="TimeZone">The institution's time zone: what "today" means and when scheduled jobs run.</param>
/// <param name="FallbackOffice">The office code that receives mail for items nobody else owns.</param>
public sealed record RegisterIdentity(
    string Id,
    LocalizedText Institution,
    LocalizedText InstitutionShort,
    RegisterPlan Plan,
    IReadOnlyList<string> Languages,
    string DefaultLanguage,
    TimeZoneInfo TimeZone,
    string FallbackOffice)
{
    /// <summary>Today in the institution's time zone.</summary>
    public DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZone).DateTime);
    }
}
