using System.Globalization;
using RiskWorker.Mail;

namespace RiskWorker.Cli;

/// <summary>
/// The <c>outbox</c> listing: columns as wide as their widest cell (keys can be long), the time of delivery in
/// Asia/Bishkek, and the server's last answer: its receipt once delivered, else the first line of its last error.
/// </summary>
internal static class OutboxTable
{
    private static readonly string[] Header = ["KEY", "KIND", "TO", "STATUS", "ATT", "DELIVERED", "LAST ANSWER"];

    public static IReadOnlyList<string> Lines(IReadOnlyList<OutboxEntry> rows)
    {
        var cells = rows.Select(Cells).Prepend(Header).ToList();
        var widths = Enumerable.Range(0, Header.Length - 1).Select(i => cells.Max(c => c[i].Length)).ToArray();
        return cells.Select(c => Line(c, widths)).ToList();
    }

    private static string[] Cells(OutboxEntry r) =>
    [
        r.Key,
        r.Kind,
        r.ToAddress,
        r.Status.ToString().ToLowerInvariant(),
        r.Attempts.ToString(CultureInfo.InvariantCulture),
        r.DeliveredAt is { } at ? TimeZoneInfo.ConvertTime(at, Bishkek.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "",
        FirstLine(r.Status == OutboxStatus.Delivered ? r.Receipt : r.LastError),
    ];

    private static string FirstLine(string? text) => text is null ? "" : text.Split('\n', 2)[0].TrimEnd('\r', ' ');

    // ATT is a number, right-aligned; the last column runs free.
    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((cell, i) => i == widths.Length ? cell : i == 4 ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]))).TrimEnd();
}
