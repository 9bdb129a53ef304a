using System.Globalization;
using RiskEngine;

namespace RiskWorker.Output;

/// <summary>The JSON contract of <c>evaluate --json</c>; a test locks its shape.</summary>
internal sealed record EvaluationJson(string AsOf, string RuleSetVersion, bool Illustrative, IReadOnlyList<RiskJson> Risks)
{
    /// <param name="evaluation">What to print.</param>
    /// <param name="register">Titles and owners.</param>
    /// <param name="language">Language of the titles and reasons.</param>
    /// <param name="decisions">Each risk's latest decision by any review body (see <see cref="IReviewStore.GetLatestDecisionsAsync"/>).</param>
    public static EvaluationJson From(Evaluation evaluation, IRiskRegister register, string language, IReadOnlyDictionary<string, RecordedDecision> decisions) => new(
        evaluation.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        evaluation.RuleSetVersion,
        evaluation.Illustrative,
        evaluation.Risks.Select(r => RiskJson.From(r, register.FindRisk(r.Code)!, language, decisions.GetValueOrDefault(r.Code))).ToList());
}

internal sealed record RiskJson(
    string Code, string Category, string Title, int Likelihood, int Impact, int Score, string Level, bool AboveAppetite,
    string Movement, bool Stale, string WorstScope, IReadOnlyList<string> Owners, IReadOnlyList<ReasonJson> Reasons, DecisionJson? LastDecision)
{
    public static RiskJson From(RiskAssessment a, Risk risk, string language, RecordedDecision? decision) => new(
        a.Code, a.Category, risk.Title.Get(language), a.Likelihood, a.Impact, a.Score, a.Level.ToString().ToLowerInvariant(), a.AboveAppetite,
        a.Movement.ToString().ToLowerInvariant(), a.Stale, a.WorstScope, risk.Owners,
        a.Reasons.Select(r => new ReasonJson(r.Rule, r.Indicator, r.Scope, Round(r.Value), Round(r.Target), Round(r.Gap), r.Driver, r.Text.Get(language))).ToList(),
        DecisionJson.From(decision));

    // A gap is a difference of doubles (-13.600000000000001); four decimals keep every real figure and drop the noise.
    private static double? Round(double? value) => value is { } v ? Math.Round(v, 4, MidpointRounding.AwayFromZero) : null;
}

// Driver: the register risk whose rating raised this one (a link between risks), null for every other reason.
internal sealed record ReasonJson(string Rule, string? Indicator, string Scope, double? Value, double? Target, double? Gap, string? Driver, string Text);

/// <summary>A risk's latest decision: which body, when, what (accept, treat, escalate, close) and its note; null when none.</summary>
internal sealed record DecisionJson(string Body, string Date, string Decision, string? Note)
{
    public static DecisionJson? From(RecordedDecision? d) => d is null ? null
        : new(d.Body, d.ReviewedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Decision.Decision.ToString().ToLowerInvariant(), d.Decision.Note);
}
