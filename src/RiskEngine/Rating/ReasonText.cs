using System.Globalization;

namespace RiskEngine.Rating;

/// <summary>Fills a rule's explanation template with the facts it read, in every language of the register, numbers written as each language writes them.</summary>
internal static class ReasonText
{
    /// <summary>What <c>{scope}</c> says: the institution's short name for the institution-wide scope; a faculty or institute by its name (the reader wants a name, not a code).</summary>
    public static LocalizedText ScopeName(string scope, string name, RegisterIdentity register) => ScopeName(scope, LocalizedText.Same(name), register);

    /// <summary>As <see cref="ScopeName(string, string, RegisterIdentity)"/>, for a scope named per language.</summary>
    public static LocalizedText ScopeName(string scope, LocalizedText name, RegisterIdentity register) => scope == Scopes.University ? register.InstitutionShort : name;

    // {unit} becomes the unit's symbol in each language (nothing for a unit without one, as counts and ratios).
    public static LocalizedText Render(LocalizedText template, IndicatorFact ind, RiskContext ctx, LocalizedText scope, MeasureUnit? unit, WordCatalog words) =>
        words.Text(w => Fill(template.Get(w.Language), ind, ctx, scope.Get(w.Language), w, unit)).WithLine(template.Line);

    private static string Fill(string text, IndicatorFact ind, RiskContext ctx, string scope, Words words, MeasureUnit? unit)
    {
        string N(double v) => v.ToString("0.##", words.Culture);
        return text
            .Replace("{value}", N(ind.Value), StringComparison.Ordinal)
            .Replace("{target}", N(ind.Target), StringComparison.Ordinal)
            .Replace("{finalTarget}", N(ind.FinalTarget), StringComparison.Ordinal)
            .Replace("{gap}", N(ind.Gap), StringComparison.Ordinal)
            .Replace("{projected}", N(ind.Projected), StringComparison.Ordinal)
            .Replace("{targetYear}", ind.TargetYear.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{unit}", unit?.Append("", words.Language) ?? "", StringComparison.Ordinal)
            .Replace("{period}", ind.Period, StringComparison.Ordinal)
            .Replace("{scope}", scope, StringComparison.Ordinal)
            .Replace("{overdue}", ctx.OverdueActions.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
