using RiskEngine;

namespace RiskWorker.Tests.Support;

/// <summary>Hand-made assessments for tests of what reads them (ranking, movement), shaped as the engine makes them.</summary>
internal static class Assessments
{
    /// <summary>Every scope's reasons go to <see cref="RiskAssessment.Scopes"/>; <see cref="RiskAssessment.Reasons"/> holds the worst scope's, then the university's own.</summary>
    public static RiskAssessment Of(string code, int likelihood, int impact, int appetite = 8, string worst = Scopes.University, params Reason[] reasons) => new()
    {
        Code = code,
        Category = "1",
        Likelihood = likelihood,
        Impact = impact,
        Appetite = appetite,
        WorstScope = worst,
        StaleIndicators = [],
        Reasons = reasons.Where(r => r.Scope == worst || r.Scope == Scopes.University).ToList(),
        Scopes = reasons.GroupBy(r => r.Scope).OrderBy(g => g.Key != Scopes.University).Select(g => new ScopeRating(g.Key, likelihood, impact, g.ToList())).ToList(),
    };
}
