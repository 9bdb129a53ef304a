using RiskEngine;

namespace RiskWorker.Notifications;

/// <summary>One reason as shown in a mail: its explanation in the reader's language and the fact it read.</summary>
/// <param name="Rule">Rule id.</param>
/// <param name="Text">The rule's sentence with the values filled in.</param>
/// <param name="Indicator">Indicator name, when the rule read one.</param>
/// <param name="Scope">Scope code, or the institution's short name for the institution-wide scope.</param>
/// <param name="Value">The indicator value the rule read; null for the register default, whose number is a rating, not a value.</param>
/// <param name="Side">The side of the rating the reason sets.</param>
/// <param name="Level">The rating it sets on that side.</param>
/// <param name="Decided">Whether this reason's level is the one the assessment ended with on its side.</param>
/// <param name="Driver">The register risk whose rating raised this one (a link between risks), else null.</param>
/// <param name="DriverTitle">That risk's title in the reader's language.</param>
public sealed record ReasonLine(string Rule, string Text, string? Indicator, string? Scope, double? Value, double? Target, double? Gap,
    RatingSide Side, int Level, bool Decided, string? Driver, string? DriverTitle);
