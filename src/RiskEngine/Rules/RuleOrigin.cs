namespace RiskEngine.Rules;

/// <summary>Where a rule comes from, to name it when it fails: a register file and its condition, or an app's assembly.</summary>
internal sealed record RuleOrigin(string Rule, string File, string Condition);
