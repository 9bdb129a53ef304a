namespace RiskEngine;

/// <summary>One reason the rules directory was refused.</summary>
/// <param name="File">File, relative to the rules directory.</param>
/// <param name="Rule">Rule id (or item code), when the error is about one.</param>
/// <param name="Reason">What is wrong.</param>
/// <param name="Expression">The offending expression, for expression errors.</param>
public sealed record RuleSetError(string File, string? Rule, string Reason, string? Expression = null)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var where = Rule is null ? File : $"{File}: rule '{Rule}'";
        return Expression is null ? $"{where}: {Reason}" : $"{where}: {Reason}{Environment.NewLine}    expression: {Expression}";
    }
}
