namespace RiskEngine;

/// <summary>The plan a register comes from, and the source document its <c>line</c> numbers refer to.</summary>
/// <param name="Title">The plan's title.</param>
/// <param name="FirstYear">First year of the plan period.</param>
/// <param name="LastYear">Last year of the plan period.</param>
/// <param name="SourceFile">The source document's file name or label (what <c>line</c> fields count lines of).</param>
/// <param name="SourceTitle">The source document's title.</param>
public sealed record RegisterPlan(LocalizedText Title, int FirstYear, int LastYear, string SourceFile, LocalizedText SourceTitle)
{
    /// <summary>The plan period as written on a cover: <c>2025–2030</c>.</summary>
    public string Period => FormattableString.Invariant($"{FirstYear}–{LastYear}");
}
