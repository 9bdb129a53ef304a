namespace RiskEngine;

/// <summary>
/// One risk drives another: the plan names the driver among the driven risk's causes. When the driver is rated
/// <see cref="From"/> or worse in a scope, on the strength of a fired warning (never of its defaults alone), the driven
/// risk's <see cref="Raises"/> side is raised in that scope — to <see cref="To"/>, or by <see cref="By"/> steps.
/// </summary>
/// <param name="Driver">Code of the driving risk.</param>
/// <param name="Driven">Code of the driven risk (the one whose file declares the link).</param>
/// <param name="CauseLine">Source line of the driven risk's cause that names the driver.</param>
/// <param name="Raises">The side of the driven risk that is raised.</param>
/// <param name="To">The level the side is raised to (a warning like any rule's: never below the default); or null.</param>
/// <param name="By">Steps the side is raised by, up to 5; or null.</param>
/// <param name="From">The driver's level from which the link acts.</param>
public sealed record RiskLink(string Driver, string Driven, int CauseLine, RatingSide Raises, int? To, int? By, RiskLevel From)
{
    /// <summary>Rule id under which the link appears among the driven risk's reasons: <c>&lt;driven&gt;.driven-by-&lt;driver&gt;</c>.</summary>
    public string RuleId => $"{Driven}.driven-by-{Driver}";
}
