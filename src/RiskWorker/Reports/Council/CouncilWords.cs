using System.Text.Json;
using System.Text.Json.Serialization;
using RiskEngine;
using RiskWorker.Output;

namespace RiskWorker.Reports.Council;

/// <summary>
/// The fixed words of the Council pack in one language, read from <c>CouncilWords.{ky|ru|en}.json</c> beside the
/// templates. Every property is required and unknown keys are refused, so a missing translation fails on first use
/// (and in the tests), never as an empty cell in front of the Council.
/// </summary>
public sealed class CouncilWords
{
    private static readonly JsonSerializerOptions Json = new() { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };
    private static readonly Dictionary<string, CouncilWords> Loaded = ShippedLanguages.All.ToDictionary(l => l, Load);

    /// <summary>The language of these words (set when they are loaded, not read from the file).</summary>
    [JsonIgnore]
    public string Language { get; private set; } = "ky";

    public required string Culture { get; init; }
    public required string DateFormat { get; init; }
    public required string Title { get; init; }
    public required string Subtitle { get; init; }
    public required string TitleBody { get; init; }
    public required string SubtitleBody { get; init; }
    public required string LastReviewBody { get; init; }
    public required string MovementNoReviewBody { get; init; }
    public required string LastDecision { get; init; }
    public required string DecisionsTitle { get; init; }
    public required string DecisionsIntro { get; init; }
    public required string Decision { get; init; }
    public required string FollowUp { get; init; }
    public required string ActionDoneOn { get; init; }
    public required string ActionOpenDue { get; init; }
    public required string NoActionNeeded { get; init; }
    public required string RatingThenNow { get; init; }
    public required string Period { get; init; }
    public required string PlanPeriod { get; init; }
    public required string FirstReview { get; init; }
    public required string PreparedOn { get; init; }
    public required string DataAsOf { get; init; }
    public required string RuleSetVersion { get; init; }
    public required string EvaluatedAt { get; init; }
    public required string LastReview { get; init; }
    public required string NoReviewYet { get; init; }
    public required string RulesChanged { get; init; }
    public required string Contents { get; init; }
    public required string AtAGlance { get; init; }
    public required string Risks { get; init; }
    public required string AboveAppetiteCount { get; init; }
    public required string StaleCount { get; init; }
    public required string HeatMaps { get; init; }
    public required string HeatMapNow { get; init; }
    public required string HeatMapAtReview { get; init; }
    public required string Likelihood { get; init; }
    public required string Impact { get; init; }
    public required string Score { get; init; }
    public required string Level { get; init; }
    public required string TopRisks { get; init; }
    public required string Code { get; init; }
    public required string Risk { get; init; }
    public required string Appetite { get; init; }
    public required string AboveAppetite { get; init; }
    public required string WithinAppetite { get; init; }
    public required string WorstScope { get; init; }
    public required string MovementTitle { get; init; }
    public required string MovementNoReview { get; init; }
    public required string AtReview { get; init; }
    public required string Now { get; init; }
    public required string Change { get; init; }
    public required string Why { get; init; }
    public required string NowFires { get; init; }
    public required string NoLongerFires { get; init; }
    public required string SameRules { get; init; }
    public required string AlsoIn { get; init; }
    public required string Category { get; init; }
    public required string Causes { get; init; }
    public required string Impacts { get; init; }
    public required string Actions { get; init; }
    public required string Owners { get; init; }
    public required string Timeframe { get; init; }
    public required string NotStated { get; init; }
    public required string SourceLine { get; init; }
    public required string Rating { get; init; }
    public required string RulesFired { get; init; }
    public required string NoRulesFired { get; init; }
    public required string Indicators { get; init; }
    public required string Indicator { get; init; }
    public required string Value { get; init; }
    public required string Target { get; init; }
    public required string Trend { get; init; }
    public required string Status { get; init; }
    public required string StatusOnTrack { get; init; }
    public required string StatusAtRisk { get; init; }
    public required string StatusOffTrack { get; init; }
    public required string StatusNoData { get; init; }
    public required string Stale { get; init; }
    public required string ByScope { get; init; }
    public required string Scope { get; init; }
    public required string UniversityScope { get; init; }
    public required string Mitigation { get; init; }
    public required string Action { get; init; }
    public required string Owner { get; init; }
    public required string Due { get; init; }
    public required string ActionPlanned { get; init; }
    public required string ActionInProgress { get; init; }
    public required string ActionDone { get; init; }
    public required string DaysOverdue { get; init; }
    public required string NoActions { get; init; }
    public required string Appendix { get; init; }
    public required string StaleOrMissing { get; init; }
    public required string NeverReported { get; init; }
    public required string LastPeriod { get; init; }
    public required string Frequency { get; init; }
    public required string FrequencyAnnual { get; init; }
    public required string FrequencySemester { get; init; }
    public required string FrequencyQuarterly { get; init; }
    public required string FrequencyMonthly { get; init; }
    public required string NoneStale { get; init; }
    public required string DataQuality { get; init; }
    public required string ValuesStored { get; init; }
    public required string UnitsReporting { get; init; }
    public required string IndicatorsWithData { get; init; }
    public required string OfficeTargets { get; init; }

    public required string OfficeTargetNote { get; init; }
    public required string ReporterNotes { get; init; }
    public required string Count { get; init; }
    public required string GenericRisks { get; init; }
    public required string GenericMitigation { get; init; }
    public required string RelatedRisks { get; init; }
    public required string Page { get; init; }

    /// <summary>The words in <paramref name="language"/> (Kyrgyz for anything else, as the register falls back).</summary>
    public static CouncilWords For(string? language) => Loaded[ShippedLanguages.Normalize(language)];

    // Levels and movement read the same in the pack, the mails and the command line: one table, Labels, owns them.
    public string Of(RiskLevel level) => Labels.Level(level, Language);

    public string Of(Movement movement) => Labels.Movement(movement, Language);

    public string Of(DecisionKind decision) => Labels.Decision(decision, Language);

    /// <summary>"raised by risk 2.1 «title»": a reason from a link between risks, worded by Labels as in the mails and the command line.</summary>
    public string RaisedBy(string code, string title) => Labels.RaisedBy(code, title, Language);

    public string Of(ReportingFrequency frequency) => frequency switch
    {
        ReportingFrequency.Monthly => FrequencyMonthly,
        ReportingFrequency.Quarterly => FrequencyQuarterly,
        ReportingFrequency.Semester => FrequencySemester,
        _ => FrequencyAnnual,
    };

    public string StatusOf(string factStatus) => factStatus switch
    {
        "on-track" => StatusOnTrack,
        "at-risk" => StatusAtRisk,
        "off-track" => StatusOffTrack,
        _ => StatusNoData,
    };

    public string ActionStatusOf(string status) => status switch
    {
        "done" => ActionDone,
        "in-progress" => ActionInProgress,
        _ => ActionPlanned,
    };

    private static CouncilWords Load(string language)
    {
        var name = $"RiskWorker.Reports.Council.CouncilWords.{language}.json";
        using var stream = typeof(CouncilWords).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        var words = JsonSerializer.Deserialize<CouncilWords>(stream, Json) ?? throw new InvalidDataException($"{name} is empty.");
        words.Language = language;
        var empty = typeof(CouncilWords).GetProperties().Where(p => p.PropertyType == typeof(string) && string.IsNullOrWhiteSpace((string?)p.GetValue(words))).Select(p => p.Name).ToList();
        return empty.Count == 0 ? words : throw new InvalidDataException($"{name}: empty words {string.Join(", ", empty)}.");
    }
}
