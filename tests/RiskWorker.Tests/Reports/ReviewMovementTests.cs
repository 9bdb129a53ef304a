using RiskEngine;
using RiskWorker.Reports.Council;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Reports;

public sealed class ReviewMovementTests
{
    [Fact]
    public void Of_NoReview_NewWithTheRulesFiringNowAsItsReason()
    {
        var line = ReviewMovement.Of(Risk(4, 4, Fired("a"), Fired("a"), Fired("b", "FIT")), null);

        Assert.Equal(Movement.New, line.Movement);
        Assert.Equal([("a", Scopes.University), ("b", "FIT")], line.NowFires.Select(r => (r.Rule, r.Scope)));
        Assert.Empty(line.NoLongerFires);
    }

    [Fact]
    public void Of_ScoreUp_ListsRulesThatNowFireAndNoLongerFireByRuleAndScope()
    {
        var atReview = Risk(3, 3, Fired("a"), Fired("b", "FIT"));
        var now = Risk(4, 4, Fired("a"), Fired("b", "FENG"), Fired("c"));

        var line = ReviewMovement.Of(now, atReview);

        Assert.Equal(Movement.Up, line.Movement);
        Assert.Equal([("c", Scopes.University), ("b", "FENG")], line.NowFires.Select(r => (r.Rule, r.Scope)));
        Assert.Equal([("b", "FIT")], line.NoLongerFires.Select(r => (r.Rule, r.Scope)));
    }

    [Fact]
    public void Of_ScoreDownSameRules_DownWithNoRuleChanges()
    {
        var line = ReviewMovement.Of(Risk(2, 2, Fired("a")), Risk(4, 2, Fired("a")));

        Assert.Equal((Movement.Down, 0, 0), (line.Movement, line.NowFires.Count, line.NoLongerFires.Count));
    }

    [Fact]
    public void Of_SideFallsBackToTheDefault_DefaultIsNotListedAsARuleThatNowFires()
    {
        var atReview = Risk(4, 3, Fired("a"), Default("1.1.default-impact"));
        var now = Risk(3, 3, Default("1.1.default-likelihood"), Default("1.1.default-impact"));

        var line = ReviewMovement.Of(now, atReview);

        Assert.Equal(Movement.Down, line.Movement);
        Assert.Empty(line.NowFires);
        Assert.Equal(["a"], line.NoLongerFires.Select(r => r.Rule));
        Assert.Empty(ReviewMovement.Of(now, null).NowFires);
    }

    [Fact]
    public void Of_WorstScopeChangedFacultyRuleStillFires_NotListedAsNoLongerFiringAndScopeChangeShown()
    {
        var atReview = Risk(4, 4, "FENG", Fired("a"), Fired("f", "FENG"));
        var now = Risk(3, 3, Scopes.University, Fired("a"), Fired("f", "FENG"), Fired("g"));

        var line = ReviewMovement.Of(now, atReview);

        Assert.DoesNotContain(now.Reasons, r => r.Rule == "f");
        Assert.Equal([("g", Scopes.University)], line.NowFires.Select(r => (r.Rule, r.Scope)));
        Assert.Empty(line.NoLongerFires);
        Assert.True(line.WorstScopeChanged);
        Assert.False(ReviewMovement.Of(now, now).WorstScopeChanged);
        Assert.False(ReviewMovement.Of(now, null).WorstScopeChanged);
    }

    private static Reason Default(string rule) => Fired(rule) with { Indicator = null, IsDefault = true };

    private static Reason Fired(string rule, string scope = Scopes.University) =>
        new(rule, "X", scope, 1, 2, -1, RatingSide.Likelihood, 3, 10, LocalizedText.Of(("ky", rule), ("ru", rule), ("en", rule)));

    private static RiskAssessment Risk(int likelihood, int impact, params Reason[] reasons) => Risk(likelihood, impact, Scopes.University, reasons);

    private static RiskAssessment Risk(int likelihood, int impact, string worst, params Reason[] reasons) => Assessments.Of("1.1", likelihood, impact, 8, worst, reasons);
}
