namespace RiskEngine;

/// <summary>What a batch of observations changed.</summary>
/// <param name="Inserted">New values.</param>
/// <param name="Replaced">Stored values overwritten.</param>
public sealed record ObservationWriteResult(int Inserted, int Replaced);
