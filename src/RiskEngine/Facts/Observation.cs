namespace RiskEngine;

/// <summary>A reported value of an indicator.</summary>
/// <param name="Indicator">Indicator code.</param>
/// <param name="Period">A year ("2025") or a date ("2025-06-30").</param>
/// <param name="Value">The value, in the indicator's unit (percent points for %).</param>
/// <param name="Scope">The university (<see cref="Scopes.University"/>) or a faculty/institute code.</param>
/// <param name="Note">Optional free text from whoever reported it.</param>
public sealed record Observation(string Indicator, string Period, double Value, string Scope = Scopes.University, string? Note = null);
