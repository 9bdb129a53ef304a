using System.Globalization;

namespace RiskEngine;

/// <summary>A unit the register declares in <c>units.json</c>; indicators name it by <see cref="Code"/>.</summary>
/// <param name="Code">What <c>indicators.json</c> writes as <c>unit</c> (<c>%</c>, <c>count</c>, <c>persons</c>).</param>
/// <param name="Kind">What the unit measures; import and checks follow it (only a percentage is read as percent points).</param>
/// <param name="Name">The unit's name.</param>
/// <param name="Symbol">What follows a value (<c>%</c>, <c>сом</c>); null when a bare number says it all (counts, ratios).</param>
/// <param name="Decimals">Decimals shown and kept in illustrative values.</param>
/// <param name="Min">Least value, when bounded (0 for most units).</param>
/// <param name="Max">Greatest value, when bounded (100 for a percentage).</param>
public sealed record MeasureUnit(string Code, UnitKind Kind, LocalizedText Name, LocalizedText? Symbol, int Decimals, double? Min, double? Max)
{
    /// <summary>The symbol in <paramref name="language"/>, empty when the unit has none.</summary>
    public string SymbolIn(string? language) => Symbol?.Get(language) ?? "";

    /// <summary>A value with its symbol: <c>45%</c> for a percentage, <c>1250 сом</c> with a no-break space otherwise.</summary>
    internal string Append(string number, string? language) =>
        Symbol is null ? number : Kind == UnitKind.Percent ? number + SymbolIn(language) : number + "\u00A0" + SymbolIn(language);

    /// <summary>Why <paramref name="value"/> cannot be a value in this unit, or null when it can.</summary>
    internal EngineMessage? Problem(double value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (!double.IsFinite(value)) return EngineMessage.Of("error.register.value.not-finite", ("value", text));
        if (Kind == UnitKind.Percent && (value < (Min ?? 0) || value > (Max ?? 100))) return EngineMessage.Of("error.register.value.percentage", ("value", text), ("min", Bound(Min ?? 0)), ("max", Bound(Max ?? 100)));
        if (value < Min) return Min == 0 ? EngineMessage.Of("error.register.value.negative", ("value", text), ("unit", Code))
                : EngineMessage.Of("error.register.value.below", ("value", text), ("min", Bound(Min.Value)), ("unit", Code));
        return value > Max ? EngineMessage.Of("error.register.value.above", ("value", text), ("max", Bound(Max.Value)), ("unit", Code)) : null;
    }

    /// <summary>Bounds a projected value to what the unit allows.</summary>
    internal double Bounded(double value) => Math.Min(Max ?? double.MaxValue, Math.Max(Min ?? double.MinValue, value));

    private static string Bound(double value) => value.ToString(CultureInfo.InvariantCulture);
}
