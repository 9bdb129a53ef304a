namespace RiskEngine.Facts;

/// <summary>Reads the stored observations and derives facts with the same <see cref="FactBuilder"/> the rater uses.</summary>
internal sealed class IndicatorFactReader(IRiskRegister register, IObservationStore observations, FactBuilder facts) : IIndicatorFacts
{
    public async Task<IReadOnlyList<IndicatorFact>> GetAsync(DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var byKey = (await observations.GetAllAsync(cancellationToken).ConfigureAwait(false)).ToLookup(o => (o.Indicator, o.Scope));
        var result = new List<IndicatorFact>();
        foreach (var indicator in register.Indicators)
        {
            var scopes = byKey.Where(g => g.Key.Indicator == indicator.Code && g.Key.Scope != Scopes.University)
                .Select(g => g.Key.Scope).Order(StringComparer.Ordinal).Prepend(Scopes.University);
            result.AddRange(scopes.Select(scope => facts.Build(indicator, scope, byKey[(indicator.Code, scope)], asOf)));
        }

        return result;
    }
}
