using System.Globalization;
using RiskEngine;
using RiskWorker.Output;

namespace RiskWorker.Cli;

/// <summary>The table of <c>review list</c> in the verb's language; columns as wide as their widest cell, as the headers' words differ in length per language.</summary>
internal static class ReviewTable
{
    private static readonly string[] Columns = ["date", "body", "evaluation", "decisions", "minutes"];

    public static string Render(IReadOnlyList<HeldReview> reviews, Words words)
    {
        if (reviews.Count == 0) return words["table.review.none"];
        IReadOnlyList<string>[] cells = [Columns.Select(c => words["table.review.column." + c]).ToList(), .. reviews.Select(r => Cells(r, words))];
        var widths = TextColumns.Widths(cells);
        // The number of decisions is right-aligned.
        return string.Join(Environment.NewLine, cells.Select(c => TextColumns.Line(c, widths, "  ", rightAligned: 3)));
    }

    private static IReadOnlyList<string> Cells(HeldReview r, Words words) =>
    [
        r.ReviewedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        r.Body,
        "#" + r.EvaluationId.ToString(CultureInfo.InvariantCulture),
        r.Decisions.ToString(CultureInfo.InvariantCulture),
        r.MinutesName ?? (r.Id == 0 ? words["table.review.marked"] : ""),
    ];
}
