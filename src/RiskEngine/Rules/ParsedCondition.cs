using System.Linq.Expressions;

namespace RiskEngine.Rules;

/// <summary>A rule's condition parsed and allowed: its tree, and which facts it reads.</summary>
/// <param name="Body">The boolean expression over <see cref="FactParameters.Ind"/> and <see cref="FactParameters.Ctx"/>.</param>
/// <param name="ReadsInd">It reads the indicator fact.</param>
/// <param name="ReadsCtx">It reads the risk context.</param>
internal sealed record ParsedCondition(Expression Body, bool ReadsInd, bool ReadsCtx);
