using System.Linq.Dynamic.Core;
using System.Linq.Expressions;

namespace RiskEngine.Rules;

/// <summary>
/// Parses a rule's condition with System.Linq.Dynamic.Core and lets it through only if <see cref="ConditionGuard"/>
/// allows every node. Length and nesting are limited before parsing: the parser and every visitor recurse, and a
/// condition nested deeply enough overflows the stack, which kills the process where no catch can help.
/// </summary>
internal static class ConditionParser
{
    public const int MaxLength = 1000;
    public const int MaxNesting = 16;

    private static readonly ParsingConfig Config = new()
    {
        IsCaseSensitive = true,
        DisallowNewKeyword = true,
        AllowNewToEvaluateAnyType = false,
    };

    /// <summary>The parsed condition, or why it is refused.</summary>
    public static (ParsedCondition? Condition, EngineMessage? Refusal) Parse(string text)
    {
        if (text.Length > MaxLength) return (null, EngineMessage.Of("error.rules.too-long", ("length", text.Length), ("max", MaxLength)));
        if (Nesting(text) > MaxNesting) return (null, EngineMessage.Of("error.rules.too-deep", ("max", MaxNesting)));

        LambdaExpression lambda;
        try
        {
            lambda = DynamicExpressionParser.ParseLambda(Config, [FactParameters.Ind, FactParameters.Ctx], typeof(bool), text);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return (null, EngineMessage.Of("error.rules.parse", ("error", ex.Message)));
        }

        var guard = new ConditionGuard();
        guard.Visit(lambda.Body);
        return guard.Refusal is { } refusal
            ? (null, refusal)
            : (new ParsedCondition(lambda.Body, guard.Reads(FactParameters.Ind), guard.Reads(FactParameters.Ctx)), null);
    }

    // Deepest nesting of brackets outside string literals.
    private static int Nesting(string text)
    {
        int depth = 0, deepest = 0;
        char? quote = null;
        foreach (var c in text)
        {
            if (quote is not null) { if (c == quote) quote = null; continue; }
            switch (c)
            {
                case '"' or '\'': quote = c; break;
                case '(' or '[' or '{': deepest = Math.Max(deepest, ++depth); break;
                case ')' or ']' or '}': depth--; break;
            }
        }

        return deepest;
    }
}
