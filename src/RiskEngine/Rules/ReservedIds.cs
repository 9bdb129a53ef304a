using RiskEngine.Rating;

namespace RiskEngine.Rules;

/// <summary>
/// Rule ids the engine gives its own reasons: a register default (<c>&lt;risk&gt;.default-likelihood</c>,
/// <c>&lt;risk&gt;.default-impact</c>) and a link between risks (<c>&lt;risk&gt;.driven-by-&lt;driver&gt;</c>).
/// A rule of the register or of an app under such an id would pose as one of them.
/// </summary>
internal static class ReservedIds
{
    public static EngineMessage? Problem(string id) =>
        id.EndsWith(DefaultReason.LikelihoodSuffix, StringComparison.Ordinal) || id.EndsWith(DefaultReason.ImpactSuffix, StringComparison.Ordinal)
            ? EngineMessage.Of("error.rules.reserved-default", ("id", id))
            : id.Contains(".driven-by-", StringComparison.Ordinal)
                ? EngineMessage.Of("error.rules.reserved-link", ("id", id))
                : null;
}
