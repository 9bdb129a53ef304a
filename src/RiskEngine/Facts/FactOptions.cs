namespace RiskEngine.Facts;

/// <summary>The two knobs of fact derivation, copied from <see cref="RiskEngineOptions"/>.</summary>
internal sealed record FactOptions(int StaleGraceDays, double OffTrackTolerance);
