using System.Globalization;
using System.Text;
using RiskEngine;

namespace RiskWorker.Cli;

/// <summary>The table of <c>review list</c>.</summary>
internal static class ReviewTable
{
    public static string Render(IReadOnlyList<HeldReview> reviews)
    {
        if (reviews.Count == 0) return "No reviews recorded yet: review record --body ID --date YYYY-MM-DD --decisions FILE";
        var text = new StringBuilder();
        text.AppendLine("date        body             evaluation  decisions  minutes");
        foreach (var r in reviews)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{r.ReviewedOn:yyyy-MM-dd}  {r.Body,-15}  {"#" + r.EvaluationId,10}  {r.Decisions,9}  {r.MinutesName ?? (r.Id == 0 ? "(marked with review mark)" : "")}");
        }

        return text.ToString().TrimEnd();
    }
}
