using RiskEngine;

namespace RiskWorker.Reports.Council;

/// <summary>
/// The risks the Council looks at first: by score, then by how far above appetite, then by likelihood. A risk tied with
/// the last one taken on all three is taken too, so the list never drops a risk as serious as one it shows.
/// </summary>
internal static class TopRisks
{
    public static IReadOnlyList<RiskAssessment> Of(IEnumerable<RiskAssessment> risks, int count)
    {
        var ordered = risks.OrderByDescending(Rank).ToList();
        if (ordered.Count <= count) return ordered;
        var last = Rank(ordered[count - 1]);
        return ordered.TakeWhile((risk, i) => i < count || Rank(risk) == last).ToList();
    }

    private static (int Score, int Excess, int Likelihood) Rank(RiskAssessment risk) => (risk.Score, risk.Score - risk.Appetite, risk.Likelihood);
}
