namespace RiskEngine;

/// <summary>One reason the rules directory (or a configured value that changes it) was refused.</summary>
/// <param name="File">File, relative to the rules directory; or the configuration key, for a configured value.</param>
/// <param name="Rule">Rule id, or the code of the item <paramref name="Kind"/> names, when the error is about one.</param>
/// <param name="Reason">What is wrong.</param>
/// <param name="Expression">The offending expression, for expression errors.</param>
/// <param name="Kind">What <paramref name="Rule"/> is: a rule, a category, a risk, …</param>
public sealed record RuleSetError(string File, string? Rule, string Reason, string? Expression = null, RuleSetItemKind Kind = RuleSetItemKind.Rule)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var where = Rule is null ? File : $"{File}: {Noun(Kind)} '{Rule}'";
        return Expression is null ? $"{where}: {Reason}" : $"{where}: {Reason}{Environment.NewLine}    expression: {Expression}";
    }

    private static string Noun(RuleSetItemKind kind) => kind switch
    {
        RuleSetItemKind.Category => "category",
        RuleSetItemKind.Office => "office",
        RuleSetItemKind.Risk => "risk",
        RuleSetItemKind.GenericRisk => "generic risk",
        RuleSetItemKind.Indicator => "indicator",
        RuleSetItemKind.Unit => "unit",
        _ => "rule",
    };
}
