using RiskEngine;
using RiskWorker.Output;

namespace RiskWorker.Reviews;

/// <summary>What <c>review record</c> stored.</summary>
internal sealed record ReviewRecordResult(ReviewBody Body, DateOnly Day, long ReviewId, Evaluation Evaluation, IReadOnlyList<RiskDecision> Decisions, string? MinutesName, int MinutesBytes)
{
    /// <summary>What <c>review record</c> prints, in <paramref name="words"/>' language.</summary>
    public string In(Words words)
    {
        var counts = string.Join(", ", Enum.GetValues<DecisionKind>().Select(k => (k, n: Decisions.Count(d => d.Decision == k))).Where(x => x.n > 0)
            .Select(x => $"{x.n} {words.Decision(x.k)}"));
        var actions = Decisions.Count(d => d.Action is not null);
        var line = words.Format("cli.review.recorded", ("body", Body.Id), ("day", Day), ("review", ReviewId), ("evaluation", Evaluation.Id), ("asOf", Evaluation.AsOf),
                ("decisions", Decisions.Count), ("counts", counts))
            + (actions > 0 ? words.Plural("cli.review.recorded-actions", actions) : "")
            + (MinutesName is null ? words["cli.review.recorded-end"] : words.Format("cli.review.recorded-minutes", ("name", MinutesName), ("bytes", MinutesBytes)));
        return Body.IsCouncil ? line + Environment.NewLine + words["cli.review.recorded-council"] : line;
    }
}
