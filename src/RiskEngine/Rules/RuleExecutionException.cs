namespace RiskEngine;

/// <summary>A rule failed while running; the evaluation stops rather than treat the rule as quiet.</summary>
public sealed class RuleExecutionException : Exception
{
    /// <summary>Creates the exception for rule <paramref name="rule"/>.</summary>
    public RuleExecutionException(string rule, string file, string expression, string reason)
        : base($"{file}: rule '{rule}' failed: {reason}{Environment.NewLine}    expression: {expression}")
        => (Rule, File) = (rule, file);

    /// <summary>Rule id.</summary>
    public string Rule { get; }

    /// <summary>Workflow file of the rule.</summary>
    public string File { get; }
}
