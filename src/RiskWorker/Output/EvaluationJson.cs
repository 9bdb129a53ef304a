using System.Globalization;
using RiskEngine;

namespace RiskWorker.Output;

/// <summary>The JSON contract of <c>evaluate --json</c>; a test locks its shape.</summary>
internal sealed record EvaluationJson(string AsOf, string RuleSetVersion, bool Illustrative, IReadOnlyList<RiskJson> Risks)
{
    public static EvaluationJson From(Evaluation evaluation, IRiskRegister register, string language) => new(
        evaluation.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        evaluation.RuleSetVersion,
        evaluation.Illustrative,
        evaluation.Risks.Select(r => RiskJson.From(r, register.FindRisk(r.Code)!, language)).ToList());
}

internal sealed record RiskJson(
    string Code, string Category, string Title, int Likelihood, int Impact, int Score, string Level, bool AboveAppetite,
    string Movement, bool Stale, string WorstScope, IReadOnlyList<string> Owners, IReadOnlyList<ReasonJson> Reasons)
{
    public static RiskJson From(RiskAssessment a, Risk risk, string language) => new(
        a.Code, a.Category, risk.Title.Get(language), a.Likelihood, a.Impact, a.Score, a.Level.ToString().ToLowerInvariant(), a.AboveAppetite,
        a.Movement.ToString().ToLowerInvariant(), a.Stale, a.WorstScope, risk.Owners,
        a.Reasons.Select(r => new ReasonJson(r.Rule, r.Indicator, r.Scope, Round(r.Value), Round(r.Target), Round(r.Gap), r.Driver, r.Text.Get(language))).ToList());

    // A gap is a difference of doubles (-13.600000000000001); four decimals keep every real figure and drop the noise.
    private static double? Round(double? value) => value is { } v ? Math.Round(v, 4, MidpointRounding.AwayFromZero) : null;
}

// Driver: the register risk whose rating raised this one (a link between risks), null for every other reason.
internal sealed record ReasonJson(string Rule, string? Indicator, string Scope, double? Value, double? Target, double? Gap, string? Driver, string Text);
