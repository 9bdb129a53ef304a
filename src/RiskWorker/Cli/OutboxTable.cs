using System.Globalization;
using RiskEngine;
using RiskWorker.Mail;
using RiskWorker.Output;

namespace RiskWorker.Cli;

/// <summary>
/// The <c>outbox</c> listing in the verb's language: columns as wide as their widest cell (keys can be long, and the headers'
/// words differ in length per language), the time of delivery in the register's time zone, and the server's last answer:
/// its receipt once delivered, else the first line of its last error. Keys and kinds are stored codes and stay as stored.
/// </summary>
internal static class OutboxTable
{
    private static readonly string[] Columns = ["key", "kind", "to", "status", "attempts", "delivered", "last-answer"];

    /// <param name="rows">The outbox entries.</param>
    /// <param name="zone">The register's time zone, in which delivery times are shown.</param>
    /// <param name="words">The verb's words.</param>
    public static IReadOnlyList<string> Lines(IReadOnlyList<OutboxEntry> rows, TimeZoneInfo zone, Words words)
    {
        IReadOnlyList<string>[] cells = [Columns.Select(c => words["table.outbox.column." + c]).ToList(), .. rows.Select(r => Cells(r, zone, words))];
        var widths = TextColumns.Widths(cells);
        // The attempts are a number, right-aligned.
        return cells.Select(c => TextColumns.Line(c, widths, "  ", rightAligned: 4)).ToList();
    }

    private static IReadOnlyList<string> Cells(OutboxEntry r, TimeZoneInfo zone, Words words) =>
    [
        r.Key,
        r.Kind,
        r.ToAddress,
        words["table.outbox.status." + r.Status.ToString().ToLowerInvariant()],
        r.Attempts.ToString(CultureInfo.InvariantCulture),
        r.DeliveredAt is { } at ? TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "",
        MailFailures.FirstLine(r.Status == OutboxStatus.Delivered ? r.Receipt : r.LastError),
    ];
}
