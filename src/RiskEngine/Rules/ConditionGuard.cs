using System.Linq.Expressions;
using System.Reflection;

namespace RiskEngine.Rules;

/// <summary>
/// The allow-list a condition's tree is walked against: reads of our fact types, constants, operators, string and
/// number comparisons and a few <see cref="Math"/> functions. Dynamic LINQ refuses <c>GetType()</c> by itself but still
/// lets an expression read properties of any type it can reach, so nothing passes that is not listed here.
/// </summary>
internal sealed class ConditionGuard : ExpressionVisitor
{
    private static readonly HashSet<Type> FactTypes = [typeof(IndicatorFact), typeof(RiskContext)];
    private static readonly HashSet<string> MathFunctions = ["Abs", "Min", "Max", "Round", "Floor", "Ceiling"];
    private static readonly HashSet<string> StringComparisons = ["Equals", "Compare", "op_Equality", "op_Inequality"];

    private readonly HashSet<ParameterExpression> _read = [];

    public EngineMessage? Refusal { get; private set; }

    public bool Reads(ParameterExpression parameter) => _read.Contains(parameter);

    public override Expression? Visit(Expression? node)
    {
        if (Refusal is not null || node is null) return node;
        switch (node)
        {
            case ParameterExpression p when p == FactParameters.Ind || p == FactParameters.Ctx:
                _read.Add(p);
                return node;
            case ConstantExpression or ConditionalExpression or DefaultExpression:
            case UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.Not or ExpressionType.Negate or ExpressionType.UnaryPlus }:
                return base.Visit(node);
            case BinaryExpression b when b.Method is null || Allowed(b.Method):
                return base.Visit(node);
            case MemberExpression m when m.Expression is not null && FactTypes.Contains(m.Member.DeclaringType!):
                return base.Visit(node);
            case MethodCallExpression c when Allowed(c.Method):
                return base.Visit(node);
            case MemberExpression m:
                return Refuse(node, EngineMessage.Of("error.rules.member", ("member", $"{m.Member.DeclaringType?.Name}.{m.Member.Name}")));
            case MethodCallExpression c:
                return Refuse(node, EngineMessage.Of("error.rules.method", ("method", $"{c.Method.DeclaringType?.Name}.{c.Method.Name}")));
            default:
                return Refuse(node, EngineMessage.Of("error.rules.node", ("node", node.NodeType.ToString())));
        }
    }

    private static bool Allowed(MethodInfo method) =>
        (method.DeclaringType == typeof(Math) && MathFunctions.Contains(method.Name))
        || (method.DeclaringType == typeof(string) && StringComparisons.Contains(method.Name))
        || (method.DeclaringType is { IsPrimitive: true } && method.Name is "op_Equality" or "op_Inequality" or "CompareTo" or "Equals");

    // The refused node is returned as it is, so the parents rebuild unchanged and the walk stops at the first refusal.
    private Expression Refuse(Expression node, EngineMessage reason)
    {
        Refusal = reason;
        return node;
    }
}
