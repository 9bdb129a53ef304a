namespace RiskEngine;

/// <summary>One reason the rules directory (or a configured value that changes it) was refused.</summary>
/// <param name="File">File, relative to the rules directory; or the configuration key, for a configured value.</param>
/// <param name="Rule">Rule id, or the code of the item <paramref name="Kind"/> names, when the error is about one.</param>
/// <param name="Problem">What is wrong, in any language (<see cref="EngineMessage.Render"/>).</param>
/// <param name="Expression">The offending expression, for expression errors.</param>
/// <param name="Kind">What <paramref name="Rule"/> is: a rule, a category, a risk, …</param>
public sealed record RuleSetError(string File, string? Rule, EngineMessage Problem, string? Expression = null, RuleSetItemKind Kind = RuleSetItemKind.Rule)
{
    /// <summary>What is wrong, in English.</summary>
    public string Reason => Problem.ToString();

    /// <summary>The error as one line (two with the expression) in the language of <paramref name="words"/>, naming the file and the item.</summary>
    public string Describe(Words words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var where = Rule is null ? File : words.Format("error.rules.at", ("file", File), ("kind", words[KindKey(Kind)]), ("item", Rule));
        var line = words.Format("error.rules.line", ("where", where), ("problem", Problem.Render(words)));
        return Expression is null ? line : line + Environment.NewLine + "    " + words.Format("error.rules.expression", ("expression", Expression));
    }

    /// <inheritdoc />
    public override string ToString() => Describe(EngineWords.English);

    private static string KindKey(RuleSetItemKind kind) => kind switch
    {
        RuleSetItemKind.Category => "error.rules.kind.category",
        RuleSetItemKind.Office => "error.rules.kind.office",
        RuleSetItemKind.Risk => "error.rules.kind.risk",
        RuleSetItemKind.GenericRisk => "error.rules.kind.generic-risk",
        RuleSetItemKind.Indicator => "error.rules.kind.indicator",
        RuleSetItemKind.Unit => "error.rules.kind.unit",
        RuleSetItemKind.Words => "error.rules.kind.word",
        _ => "error.rules.kind.rule",
    };
}
