using System.Linq.Expressions;

namespace RiskEngine.Rules;

/// <summary>
/// The two names a condition reads, as expression parameters. The same parameter objects are used to parse a condition
/// and to build its NRules pattern, so the guarded tree is the tree that runs; NRules binds them to the patterns by name.
/// </summary>
internal static class FactParameters
{
    public static readonly ParameterExpression Ind = Expression.Parameter(typeof(IndicatorFact), "ind");

    public static readonly ParameterExpression Ctx = Expression.Parameter(typeof(RiskContext), "ctx");
}
