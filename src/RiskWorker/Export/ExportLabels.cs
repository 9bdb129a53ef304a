using RiskEngine;
using RiskWorker.Import;

namespace RiskWorker.Export;

/// <summary>The assessment export's columns: their order here, their headers the <c>export.column.*</c> words of each language.</summary>
internal static class ExportLabels
{
    // "driver" is the register risk whose rating raised this one (a link between risks); empty for every other reason.
    private static readonly string[] Keys =
    [
        "risk", "category", "title", "likelihood", "impact", "score", "level", "appetite", "above", "movement", "stale", "worst-scope", "owners",
        "rule", "indicator", "scope", "value", "target", "gap", "driver", "reason", "decision-body", "decision-date", "decision", "decision-note",
    ];

    /// <summary>The export's columns as an import reads them back, with the headers of every language the register offers.</summary>
    public static IReadOnlyList<ImportColumn> Columns(WordCatalog words) =>
        Keys.Select(k => new ImportColumn(k, k is "risk" or "score", words.Languages.Select(l => words.For(l)[Header(k)]).Distinct().ToArray())).ToList();

    public static IReadOnlyList<string> HeaderRow(Words words) => Keys.Select(k => words[Header(k)]).ToList();

    public static string Source(bool stored, Words words) => words[stored ? "export.source-stored" : "export.source-now"];

    private static string Header(string key) => "export.column." + key;
}
