using System.Linq.Expressions;
using System.Reflection;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;

namespace RiskEngine.Rules;

/// <summary>
/// Parses a rule expression with the engine's own parser and walks the tree, allowing only reads of our fact
/// types, constants, operators and a few <see cref="Math"/> functions. RulesEngine's parser on its own lets an
/// expression call <c>GetType()</c>, read <c>Assembly.Location</c> or allocate with <c>PadLeft</c>, and no setting
/// turns that off, so every expression passes here before it is compiled.
/// </summary>
internal sealed class ExpressionGuard(ReSettings settings)
{
    internal static readonly ParameterExpression[] Parameters =
    [
        Expression.Parameter(typeof(IndicatorFact), RuleInputs.Indicator),
        Expression.Parameter(typeof(RiskContext), RuleInputs.Context),
    ];

    private static readonly HashSet<Type> FactTypes = [typeof(IndicatorFact), typeof(RiskContext)];
    private static readonly HashSet<string> MathFunctions = ["Abs", "Min", "Max", "Round", "Floor", "Ceiling"];
    private static readonly HashSet<string> StringComparisons = ["Equals", "Compare", "op_Equality", "op_Inequality"];

    private readonly RuleExpressionParser _parser = new(settings);

    /// <summary>Null when the expression is allowed, else why not.</summary>
    public string? Check(string expression)
    {
        Expression tree;
        try
        {
            tree = _parser.Parse(expression, Parameters, typeof(bool));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return $"does not parse: {ex.Message}";
        }

        var walker = new Walker();
        walker.Visit(tree);
        return walker.Refusal;
    }

    private sealed class Walker : ExpressionVisitor
    {
        public string? Refusal { get; private set; }

        public override Expression? Visit(Expression? node)
        {
            if (Refusal is not null || node is null) return node;
            switch (node)
            {
                case ParameterExpression or ConstantExpression or ConditionalExpression or DefaultExpression:
                case UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.Not or ExpressionType.Negate or ExpressionType.UnaryPlus }:
                    return base.Visit(node);
                case BinaryExpression b when b.Method is null || Allowed(b.Method):
                    return base.Visit(node);
                case MemberExpression m when m.Expression is not null && FactTypes.Contains(m.Member.DeclaringType!):
                    return base.Visit(node);
                case MethodCallExpression c when Allowed(c.Method):
                    return base.Visit(node);
                case MemberExpression m:
                    return Refuse(node, $"member '{m.Member.DeclaringType?.Name}.{m.Member.Name}' is not allowed; expressions may read only ind.* and ctx.*");
                case MethodCallExpression c:
                    return Refuse(node, $"method '{c.Method.DeclaringType?.Name}.{c.Method.Name}' is not allowed");
                default:
                    return Refuse(node, $"'{node.NodeType}' is not allowed in a rule expression");
            }
        }

        private static bool Allowed(MethodInfo method) =>
            (method.DeclaringType == typeof(Math) && MathFunctions.Contains(method.Name))
            || (method.DeclaringType == typeof(string) && StringComparisons.Contains(method.Name))
            || (method.DeclaringType is { IsPrimitive: true } && method.Name is "op_Equality" or "op_Inequality" or "CompareTo" or "Equals");

        // The refused node is returned as it is, so the parents rebuild unchanged and the walk stops at the first refusal.
        private Expression Refuse(Expression node, string reason)
        {
            Refusal = reason;
            return node;
        }
    }
}
