namespace RiskEngine;

/// <summary>A rule failed while running; the evaluation stops rather than treat the rule as quiet.</summary>
public sealed class RuleExecutionException : Exception
{
    private readonly EngineMessage _problem;

    /// <summary>Creates the exception for rule <paramref name="rule"/>; its message is one English line naming the file, the rule and the condition.</summary>
    public RuleExecutionException(string rule, string file, string expression, string reason)
        : this(rule, file, string.IsNullOrEmpty(expression)
            ? EngineMessage.Of("error.rules.failed", ("file", file), ("rule", rule), ("reason", reason))
            : EngineMessage.Of("error.rules.failed-condition", ("file", file), ("rule", rule), ("reason", reason), ("condition", expression)))
    {
    }

    private RuleExecutionException(string rule, string file, EngineMessage problem)
        : base(problem.ToString()) => (Rule, File, _problem) = (rule, file, problem);

    /// <summary>Rule id.</summary>
    public string Rule { get; }

    /// <summary>Rule file of the rule (relative to the rules directory), or the assembly of an app's rule.</summary>
    public string File { get; }

    /// <summary>The message in the language of <paramref name="words"/> (the cause, from .NET, stays as it was written).</summary>
    public string Describe(Words words) => _problem.Render(words);
}
