using System.Globalization;
using System.Text;

namespace RiskEngine.Rating;

/// <summary>Fills a rule's explanation template with the facts it read, in every language of the register, numbers written as each language writes them.</summary>
internal static class ReasonText
{
    [ThreadStatic]
    private static StringBuilder? t_builder;

    /// <summary>What <c>{scope}</c> says: the institution's short name for the institution-wide scope; a faculty or institute by its name (the reader wants a name, not a code).</summary>
    public static LocalizedText ScopeName(string scope, string name, RegisterIdentity register) => ScopeName(scope, LocalizedText.Same(name), register);

    /// <summary>As <see cref="ScopeName(string, string, RegisterIdentity)"/>, for a scope named per language.</summary>
    public static LocalizedText ScopeName(string scope, LocalizedText name, RegisterIdentity register) => scope == Scopes.University ? register.InstitutionShort : name;

    // {unit} becomes the unit's symbol in each language (nothing for a unit without one, as counts and ratios).
    public static LocalizedText Render(LocalizedText template, IndicatorFact ind, RiskContext ctx, LocalizedText scope, MeasureUnit? unit, WordCatalog words) =>
        words.Text(w => Fill(template.Get(w.Language), ind, ctx, scope.Get(w.Language), w, unit)).WithLine(template.Line);

    // Every fired rule of every scope passes here, in every language: one pass over the template into one builder per
    // thread, a value formatted only where the template names it (a chain of Replace calls copied the text once per blank).
    private static string Fill(string text, IndicatorFact ind, RiskContext ctx, string scope, Words words, MeasureUnit? unit)
    {
        var open = text.IndexOf('{', StringComparison.Ordinal);
        if (open < 0) return text;
        var filled = t_builder ??= new StringBuilder(256);
        filled.Clear();
        var from = 0;
        while (open >= 0)
        {
            var close = text.IndexOf('}', open + 1);
            if (close < 0) break;
            open = text.LastIndexOf('{', close); // "{{value}": the blank is the innermost name
            filled.Append(text, from, open - from);
            if (!Blank(filled, text.AsSpan(open + 1, close - open - 1), ind, ctx, scope, words, unit)) filled.Append(text, open, close - open + 1);
            from = close + 1;
            open = text.IndexOf('{', from);
        }

        filled.Append(text, from, text.Length - from);
        var result = filled.ToString();
        if (filled.Capacity > 4096) t_builder = null; // an unusually long template does not keep its buffer per thread
        return result;
    }

    // Writes the blank's value; false for a name that is no blank, which stays as written.
    private static bool Blank(StringBuilder to, ReadOnlySpan<char> name, IndicatorFact ind, RiskContext ctx, string scope, Words words, MeasureUnit? unit)
    {
        switch (name)
        {
            case "value": Number(to, ind.Value, words); break;
            case "target": Number(to, ind.Target, words); break;
            case "finalTarget": Number(to, ind.FinalTarget, words); break;
            case "gap": Number(to, ind.Gap, words); break;
            case "projected": Number(to, ind.Projected, words); break;
            case "targetYear": to.Append(CultureInfo.InvariantCulture, $"{ind.TargetYear}"); break;
            case "unit": to.Append(unit?.Append("", words.Language)); break;
            case "overdue": to.Append(CultureInfo.InvariantCulture, $"{ctx.OverdueActions}"); break;
            case "period": to.Append(ind.Period); break;
            case "scope": to.Append(scope); break;
            default: return false;
        }

        return true;
    }

    private static void Number(StringBuilder to, double value, Words words) => to.Append(words.Culture, $"{value:0.##}");
}
