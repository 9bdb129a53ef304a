using RiskEngine;
using RiskWorker.Reports.Council;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Reports;

public sealed class TopRisksTests
{
    [Fact]
    public void Of_RisksTiedWithTheFifth_AllIncludedInRankOrder()
    {
        // 9.9 is listed first in register order but ranks last; 2.1–2.3 tie with the fifth on score, excess and likelihood.
        var risks = new[] { Risk("9.9", 2, 2, 8), Risk("1.1", 5, 5, 8), Risk("1.2", 4, 4, 8), Risk("1.3", 4, 3, 8), Risk("2.1", 3, 3, 8), Risk("2.2", 3, 3, 8), Risk("2.3", 3, 3, 8) };

        Assert.Equal(["1.1", "1.2", "1.3", "2.1", "2.2", "2.3"], TopRisks.Of(risks, 5).Select(r => r.Code));
    }

    [Fact]
    public void Of_SameScore_FurtherAboveAppetiteThenLikelierFirstAndNoTieBeyondThoseDropped()
    {
        var risks = new[] { Risk("1.1", 3, 4, 12), Risk("1.2", 4, 3, 12), Risk("1.3", 3, 4, 8), Risk("1.4", 4, 3, 8) };

        Assert.Equal(["1.4", "1.3", "1.2"], TopRisks.Of(risks, 3).Select(r => r.Code));
    }

    [Fact]
    public void Of_FewerThanCount_AllRanked()
    {
        Assert.Equal(["1.2", "1.1"], TopRisks.Of([Risk("1.1", 1, 1, 8), Risk("1.2", 2, 1, 8)], 5).Select(r => r.Code));
    }

    private static RiskAssessment Risk(string code, int likelihood, int impact, int appetite) => Assessments.Of(code, likelihood, impact, appetite);
}
