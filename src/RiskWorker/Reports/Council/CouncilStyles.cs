using System.Text;
using RiskWorker.Output;

namespace RiskWorker.Reports.Council;

/// <summary>The pack's style sheet: the static <c>council.css</c> plus the language-dependent <c>@page</c> rules.</summary>
public static class CouncilStyles
{
    public static string Css { get; } = ReadCss();

    /// <summary>
    /// A4 pages with a running footer (university, title, page numbers) and, for illustrative data, the banner as a
    /// running header, so it is on every printed page, including the second page of a long risk.
    /// </summary>
    public static string PageRules(CouncilPack pack)
    {
        var t = pack.Text;
        var footer = $"{t.Get(t.Register.Identity.InstitutionShort)} · {t["title"]} · {t.Date(pack.Evaluation.AsOf)}";
        var s = new StringBuilder("@page { size: A4; margin: 16mm 14mm 15mm;");
        if (pack.Evaluation.Illustrative)
        {
            s.Append($" @top-center {{ content: {Quote(Labels.Illustrative(t.Language, t.Register))}; color: #b00020; font: 700 8.5pt \"DejaVu Sans\", sans-serif; }}");
        }

        s.Append($" @bottom-left {{ content: {Quote(footer)}; color: #5b6874; font: 8pt \"DejaVu Sans\", sans-serif; }}");
        s.Append($" @bottom-right {{ content: {Quote(t["page"] + " ")} counter(page) \" / \" counter(pages); color: #5b6874; font: 8pt \"DejaVu Sans\", sans-serif; }} }}");
        if (pack.Evaluation.Illustrative) s.Append(" @page :first { @top-center { content: none; } }");
        return s.ToString();
    }

    // A CSS string literal: quotes and backslashes escaped, and '<' as a CSS escape so the text can never close the <style> element.
    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("<", "\\3C ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal) + "\"";

    private static string ReadCss()
    {
        using var stream = typeof(CouncilStyles).Assembly.GetManifestResourceStream("RiskWorker.Reports.Council.council.css")
            ?? throw new InvalidOperationException("Embedded resource council.css is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
