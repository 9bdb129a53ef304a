using System.Linq.Expressions;
using System.Reflection;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace RiskEngine.Rules;

/// <summary>
/// Builds a register rule into an NRules rule with <see cref="RuleBuilder"/>, from the very tree the guard allowed:
/// a pattern over the indicator's facts (its code an alpha condition that NRules shares between all rules on that
/// indicator), a pattern over the risk's context in the same scope, and an action that yields the rule's signal.
/// A rule with no indicator reads only the context and runs once, for the university.
/// </summary>
internal static class RegisterRuleBuilder
{
    private static readonly MethodInfo YieldMethod = typeof(RegisterRuleBuilder).GetMethod(nameof(Yield), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static IRuleDefinition Build(RuleDefinition rule)
    {
        var (ind, ctx) = (FactParameters.Ind, FactParameters.Ctx);
        var builder = new RuleBuilder();
        builder.Name(rule.Id);
        builder.Tags([rule.Risk]);
        builder.Property("risk", rule.Risk);
        builder.Property("file", rule.File);
        builder.Property("source", rule.SourceLine);

        var lhs = builder.LeftHandSide();
        var condition = rule.Parsed;
        if (rule.Indicator is { } code)
        {
            var pattern = lhs.Pattern(typeof(IndicatorFact), ind.Name!);
            pattern.Condition(Expression.Lambda(Expression.Equal(Expression.Property(ind, nameof(IndicatorFact.Code)), Expression.Constant(code)), ind));
            if (!condition.ReadsCtx) pattern.Condition(Expression.Lambda(condition.Body, ind));
        }

        var context = lhs.Pattern(typeof(RiskContext), ctx.Name!);
        context.Condition(Expression.Lambda(Expression.Equal(Expression.Property(ctx, nameof(RiskContext.Risk)), Expression.Constant(rule.Risk)), ctx));
        if (rule.Indicator is null)
        {
            context.Condition(Expression.Lambda(Expression.Equal(Expression.Property(ctx, nameof(RiskContext.Scope)), Expression.Constant(Scopes.University)), ctx));
            context.Condition(Expression.Lambda(condition.Body, ctx));
        }
        else
        {
            context.Condition(Expression.Lambda(Expression.Equal(Expression.Property(ctx, nameof(RiskContext.Scope)), Expression.Property(ind, nameof(IndicatorFact.Scope))), ind, ctx));
            if (condition.ReadsCtx) context.Condition(Expression.Lambda(condition.Body, ind, ctx));
        }

        var session = Expression.Parameter(typeof(IContext), "session");
        Expression indArgument = rule.Indicator is null ? Expression.Constant(null, typeof(IndicatorFact)) : ind;
        var call = Expression.Call(YieldMethod, session, Expression.Constant(rule), indArgument, ctx);
        builder.RightHandSide().Action(rule.Indicator is null
            ? Expression.Lambda(call, session, ctx)
            : Expression.Lambda(call, session, ind, ctx), ActionTrigger.Activated);
        return builder.Build();
    }

    private static void Yield(IContext session, RuleDefinition rule, IndicatorFact? ind, RiskContext ctx) =>
        session.InsertLinked(rule.Id, new RatingSignal(rule.Id, ctx, rule.Sets, rule.Value, rule.Text)
        {
            Eases = rule.Eases,
            Indicator = ind,
            SourceLine = rule.SourceLine,
            Order = rule.Order,
        });
}
