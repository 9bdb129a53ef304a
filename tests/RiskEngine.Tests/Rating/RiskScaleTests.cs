namespace RiskEngine.Tests.Rating;

public sealed class RiskScaleTests
{
    [Theory]
    [InlineData(1, RiskLevel.Low)]
    [InlineData(4, RiskLevel.Low)]
    [InlineData(5, RiskLevel.Medium)]
    [InlineData(9, RiskLevel.Medium)]
    [InlineData(10, RiskLevel.High)]
    [InlineData(16, RiskLevel.High)]
    [InlineData(17, RiskLevel.Critical)]
    [InlineData(25, RiskLevel.Critical)]
    public void LevelOf_Boundaries_LowMediumHighCritical(int score, RiskLevel expected) =>
        Assert.Equal(expected, RiskScale.LevelOf(score));

    [Theory]
    [InlineData(2, 2, RiskLevel.Low)]
    [InlineData(1, 5, RiskLevel.Medium)]
    [InlineData(3, 3, RiskLevel.Medium)]
    [InlineData(2, 5, RiskLevel.High)]
    [InlineData(4, 4, RiskLevel.High)]
    [InlineData(5, 4, RiskLevel.Critical)]
    public void Level_OfAssessment_FollowsScore(int likelihood, int impact, RiskLevel expected) =>
        Assert.Equal(expected, Assessment(likelihood, impact, appetite: 25).Level);

    [Theory]
    [InlineData(3, 4, 12, false)]
    [InlineData(3, 4, 11, true)]
    [InlineData(3, 4, 13, false)]
    [InlineData(5, 5, 24, true)]
    public void AboveAppetite_ScoreAgainstAppetite_OnlyStrictlyAbove(int likelihood, int impact, int appetite, bool expected) =>
        Assert.Equal(expected, Assessment(likelihood, impact, appetite).AboveAppetite);

    [Theory]
    [InlineData(12, null, Movement.New)]
    [InlineData(12, 9, Movement.Up)]
    [InlineData(9, 12, Movement.Down)]
    [InlineData(12, 12, Movement.Same)]
    public void MovementOf_AgainstReference_NewUpDownSame(int score, int? reference, Movement expected) =>
        Assert.Equal(expected, RiskScale.MovementOf(score, reference));

    private static RiskAssessment Assessment(int likelihood, int impact, int appetite) => new()
    {
        Code = "1.1",
        Category = "1",
        Likelihood = likelihood,
        Impact = impact,
        Appetite = appetite,
        WorstScope = Scopes.University,
        StaleIndicators = [],
        Reasons = [],
        Scopes = [],
    };
}
