namespace RiskWorker.Notifications;

/// <summary>One fired rule as shown in a mail: its explanation in the reader's language and the fact it read.</summary>
/// <param name="Rule">Rule id.</param>
/// <param name="Text">The rule's sentence with the values filled in.</param>
/// <param name="Indicator">Indicator name, when the rule read one.</param>
/// <param name="Scope">Scope code, or null for the university.</param>
public sealed record ReasonLine(string Rule, string Text, string? Indicator, string? Scope, double? Value, double? Target, double? Gap);
