using RiskEngine;

namespace RiskWorker.Notifications.Digest;

/// <summary>A stale or missing indicator the reader's office must report, with what was last reported.</summary>
/// <param name="Unit">The unit's symbol in the reader's language (<c>%</c>, <c>сом</c>); empty when a bare number says it all.</param>
public sealed record DigestIndicator(string Code, string Name, string Unit, string? LastPeriod, double? LastValue, string? Note)
{
    /// <summary>The symbol of <paramref name="indicator"/>'s unit in <paramref name="language"/>, as the register declares it.</summary>
    internal static string SymbolOf(IRiskRegister register, Indicator indicator, string language) =>
        register.FindUnit(indicator.Unit)?.SymbolIn(language) ?? indicator.Unit;
}
