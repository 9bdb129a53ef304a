using System.Globalization;

namespace RiskEngine.Rating;

/// <summary>Fills a rule's explanation template with the facts it read, number formats following each language.</summary>
internal static class ReasonText
{
    private static readonly Dictionary<string, CultureInfo> Cultures = new()
    {
        ["ky"] = CultureInfo.GetCultureInfo("ky-KG"),
        ["ru"] = CultureInfo.GetCultureInfo("ru-RU"),
        ["en"] = CultureInfo.GetCultureInfo("en-GB"),
    };

    private static readonly LocalizedText University = new("университет", "университет", "university");

    /// <summary>What <c>{scope}</c> says: the university named in each language; a faculty or institute by its name (the reader wants a name, not a code).</summary>
    public static LocalizedText ScopeName(string scope, string name) => scope == Scopes.University ? University : new LocalizedText(name, name, name);

    // {unit} becomes the unit's symbol in each language (nothing for a unit without one, as counts and ratios).
    public static LocalizedText Render(LocalizedText template, IndicatorFact ind, RiskContext ctx, LocalizedText scope, MeasureUnit? unit) => new(
        Fill(template.Ky, ind, ctx, scope.Ky, "ky", unit),
        Fill(template.Ru, ind, ctx, scope.Ru, "ru", unit),
        Fill(template.En, ind, ctx, scope.En, "en", unit),
        template.Line);

    private static string Fill(string text, IndicatorFact ind, RiskContext ctx, string scope, string language, MeasureUnit? unit)
    {
        var culture = Cultures[language];
        string N(double v) => v.ToString("0.##", culture);
        return text
            .Replace("{value}", N(ind.Value), StringComparison.Ordinal)
            .Replace("{target}", N(ind.Target), StringComparison.Ordinal)
            .Replace("{finalTarget}", N(ind.FinalTarget), StringComparison.Ordinal)
            .Replace("{gap}", N(ind.Gap), StringComparison.Ordinal)
            .Replace("{projected}", N(ind.Projected), StringComparison.Ordinal)
            .Replace("{targetYear}", ind.TargetYear.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{unit}", unit?.Append("", language) ?? "", StringComparison.Ordinal)
            .Replace("{period}", ind.Period, StringComparison.Ordinal)
            .Replace("{scope}", scope, StringComparison.Ordinal)
            .Replace("{overdue}", ctx.OverdueActions.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
