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

    // Every fired rule of every scope passes here, in every language: a value is formatted only when its template names it.
    private static string Fill(string text, IndicatorFact ind, RiskContext ctx, string scope, Words words, MeasureUnit? unit)
    {
        string N(double v) => v.ToString("0.##", words.Culture);
        // Contains before Replace: most templates name two or three of these blanks, and formatting a number costs more than looking.
        if (text.Contains("{value}", StringComparison.Ordinal)) text = text.Replace("{value}", N(ind.Value), StringComparison.Ordinal);
        if (text.Contains("{target}", StringComparison.Ordinal)) text = text.Replace("{target}", N(ind.Target), StringComparison.Ordinal);
        if (text.Contains("{finalTarget}", StringComparison.Ordinal)) text = text.Replace("{finalTarget}", N(ind.FinalTarget), StringComparison.Ordinal);
        if (text.Contains("{gap}", StringComparison.Ordinal)) text = text.Replace("{gap}", N(ind.Gap), StringComparison.Ordinal);
        if (text.Contains("{projected}", StringComparison.Ordinal)) text = text.Replace("{projected}", N(ind.Projected), StringComparison.Ordinal);
        if (text.Contains("{targetYear}", StringComparison.Ordinal)) text = text.Replace("{targetYear}", ind.TargetYear.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        if (text.Contains("{unit}", StringComparison.Ordinal)) text = text.Replace("{unit}", unit?.Append("", words.Language) ?? "", StringComparison.Ordinal);
        if (text.Contains("{overdue}", StringComparison.Ordinal)) text = text.Replace("{overdue}", ctx.OverdueActions.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return text.Replace("{period}", ind.Period, StringComparison.Ordinal).Replace("{scope}", scope, StringComparison.Ordinal);
    }
}
