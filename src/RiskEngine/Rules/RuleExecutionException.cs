namespace RiskEngine;

/// <summary>A rule failed while running; the evaluation stops rather than treat the rule as quiet.</summary>
public sealed class RuleExecutionException : Exception
{
    /// <summary>Creates the exception for rule <paramref name="rule"/>; its message is one line naming the file, the rule and the condition.</summary>
    public RuleExecutionException(string rule, string file, string expression, string reason)
        : base(string.IsNullOrEmpty(expression) ? $"{file}: rule '{rule}' failed: {reason}" : $"{file}: rule '{rule}' failed: {reason} (condition: {expression})")
        => (Rule, File) = (rule, file);

    /// <summary>Rule id.</summary>
    public string Rule { get; }

    /// <summary>Rule file of the rule (relative to the rules directory), or the assembly of an app's rule.</summary>
    public string File { get; }
}
