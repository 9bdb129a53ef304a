using System.Globalization;
using RiskEngine;
using RiskWorker.Output;

namespace RiskWorker.Notifications.Templates;

/// <summary>
/// The fixed words of the mails in one language, kept beside the templates as a typed resource (one file per
/// language) so a missing word is a compile error, not a blank in someone's inbox. This and the mail models are
/// public only because Razor components are always public and their parameters must be too (dotnet/aspnetcore#63041).
/// </summary>
public sealed record MailWords
{
    public required CultureInfo Culture { get; init; }
    public required string DigestTitle { get; init; }
    public required Func<string, string> Greeting { get; init; }
    public required Func<string, string, string> DigestIntro { get; init; }
    public required Func<string, string> DigestIntroNoReference { get; init; }
    public required string YourRisks { get; init; }
    public required string Risk { get; init; }
    public required string Level { get; init; }
    public required string Score { get; init; }
    /// <summary>The movement column's header, given the comparison's date (null when there is none).</summary>
    public required Func<string?, string> MovementSince { get; init; }
    public required string Appetite { get; init; }
    public required string Why { get; init; }
    public required string NoRuleFired { get; init; }
    public required Func<int, string> AboveAppetite { get; init; }
    public required Func<int, string> WithinAppetite { get; init; }
    public required string StaleData { get; init; }
    public required Func<RiskLevel, string> LevelName { get; init; }
    public required Func<Movement, int?, string> MovementText { get; init; }
    public required Func<DecisionKind, string> DecisionName { get; init; }
    /// <summary>"Latest decision: body, date — decision: note" under a risk of the digest.</summary>
    public required Func<string, string, string, string?, string> LastDecision { get; init; }
    public required string IndicatorsToUpdate { get; init; }
    public required string Indicator { get; init; }
    public required string LastValue { get; init; }
    public required string NoValueYet { get; init; }
    public required string Note { get; init; }
    public required Func<int, string> ActionsDueSoon { get; init; }
    public required string OverdueActions { get; init; }
    public required string Action { get; init; }
    public required string Due { get; init; }
    public required Func<int, string> DaysOverdue { get; init; }
    public required Func<string, string> StatusName { get; init; }
    public required string WhyThisCameToYou { get; init; }
    /// <summary>(role, fallback office, items): why a role's items came to the register's fallback office.</summary>
    public required Func<string, string, string, string> RoleHeldByNobody { get; init; }

    /// <summary>(risk, fallback office): why an unowned risk's mail came to the register's fallback office.</summary>
    public required Func<string, string, string> NoOwnerInRegister { get; init; }
    public required Func<int, string> SubjectCritical { get; init; }
    public required Func<int, string> SubjectHigh { get; init; }
    public required Func<int, string> SubjectRising { get; init; }
    public required Func<int, string> SubjectIndicators { get; init; }
    public required Func<int, string> SubjectOverdue { get; init; }
    public required Func<int, string> SubjectDueSoon { get; init; }
    public required string SubjectNothingNew { get; init; }
    public required string IllustrativeTag { get; init; }
    public required string AlertTitle { get; init; }
    public required Func<string, string, string> AlertSubject { get; init; }
    public required Func<string, string, string> LevelRose { get; init; }
    public required Func<int, string> BecameAboveAppetite { get; init; }
    public required string BecameCritical { get; init; }
    public required Func<string, string> StillAboveAppetite { get; init; }
    public required string Rule { get; init; }
    public required string Scope { get; init; }
    public required string Value { get; init; }
    public required string Target { get; init; }
    public required string Gap { get; init; }
    public required string University { get; init; }
    public required string Sets { get; init; }
    public required Func<RatingSide, int, string> SetsRating { get; init; }
    public required string AlsoChecked { get; init; }
    /// <summary>
    /// Marks a reason that comes from a link between risks, given the driving risk's code and title. Worded by
    /// <see cref="RiskWorker.Output.Labels"/>, as levels are, so the mails, the pack and the command line say it alike.
    /// </summary>
    public required Func<string, string, string> RaisedBy { get; init; }
    /// <summary>(institution, fallback office): who sent the mail, and where values are updated.</summary>
    public required Func<string, string, string> Footer { get; init; }

    public static MailWords For(string? language) => ShippedLanguages.Normalize(language) switch
    {
        "ru" => MailWordsRu.Value,
        "en" => MailWordsEn.Value,
        _ => MailWordsKy.Value,
    };

    public string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    public string Number(double? value) => value is { } v ? v.ToString("0.##", Culture) : "—";
}
