namespace RiskEngine;

/// <summary>A risk category of the register with its appetite.</summary>
/// <param name="Code">Category number as in the plan ("1"–"7").</param>
/// <param name="Name">Category name.</param>
/// <param name="Appetite">Highest acceptable score (1–25); a higher score is above appetite.</param>
public sealed record Category(string Code, LocalizedText Name, int Appetite);
