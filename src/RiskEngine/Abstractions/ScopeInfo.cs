namespace RiskEngine;

/// <summary>A faculty, institute or other unit that reports its own values.</summary>
/// <param name="Code">Scope code used in observations.</param>
/// <param name="Name">Display name.</param>
/// <param name="Kind"><c>faculty</c>, <c>institute</c>, <c>college</c> or <c>other</c>.</param>
public sealed record ScopeInfo(string Code, string Name, string Kind = "faculty");
