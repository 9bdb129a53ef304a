using System.Globalization;
using RiskEngine;

namespace RiskWorker.Reviews;

/// <summary>What <c>review record</c> stored.</summary>
internal sealed record ReviewRecordResult(ReviewBody Body, DateOnly Day, long ReviewId, Evaluation Evaluation, IReadOnlyList<RiskDecision> Decisions, string? MinutesName, int MinutesBytes)
{
    public override string ToString()
    {
        var counts = string.Join(", ", Enum.GetValues<DecisionKind>().Select(k => (k, n: Decisions.Count(d => d.Decision == k))).Where(x => x.n > 0)
            .Select(x => $"{x.n} {x.k.ToString().ToLowerInvariant()}"));
        var actions = Decisions.Count(d => d.Action is not null);
        var lines = new List<string>
        {
            $"Review of {Body.Id} on {D(Day)} recorded (#{ReviewId}): evaluation #{Evaluation.Id} (data as of {D(Evaluation.AsOf)}), {Decisions.Count} decisions ({counts})"
            + (actions > 0 ? $"; {actions} new dated action(s), reminded and counted when overdue like the imported ones" : "")
            + (MinutesName is null ? "." : $"; minutes kept: {MinutesName} ({MinutesBytes} bytes)."),
        };
        if (Body.IsCouncil) lines.Add("It is also the Council's reference for movement since the last review.");
        return string.Join(Environment.NewLine, lines);
    }

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
