namespace RiskEngine;

/// <summary>A responsible office as a role. People holding it are deployment data, not rules.</summary>
/// <param name="Code">Role code used by risks, indicators and owners.</param>
/// <param name="Name">Role name.</param>
public sealed record Office(string Code, LocalizedText Name);
