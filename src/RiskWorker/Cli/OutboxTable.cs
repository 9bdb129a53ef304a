using System.Globalization;
using RiskWorker.Mail;
using RiskWorker.Output;

namespace RiskWorker.Cli;

/// <summary>
/// The <c>outbox</c> listing: columns as wide as their widest cell (keys can be long), the time of delivery in
/// the register's time zone, and the server's last answer: its receipt once delivered, else the first line of its last error.
/// </summary>
internal static class OutboxTable
{
    private static readonly string[] Header = ["KEY", "KIND", "TO", "STATUS", "ATT", "DELIVERED", "LAST ANSWER"];

    /// <param name="rows">The outbox entries.</param>
    /// <param name="zone">The register's time zone, in which delivery times are shown.</param>
    public static IReadOnlyList<string> Lines(IReadOnlyList<OutboxEntry> rows, TimeZoneInfo zone)
    {
        IReadOnlyList<string>[] cells = [Header, .. rows.Select(r => Cells(r, zone))];
        var widths = TextColumns.Widths(cells);
        // ATT is a number, right-aligned.
        return cells.Select(c => TextColumns.Line(c, widths, "  ", rightAligned: 4)).ToList();
    }

    private static IReadOnlyList<string> Cells(OutboxEntry r, TimeZoneInfo zone) =>
    [
        r.Key,
        r.Kind,
        r.ToAddress,
        r.Status.ToString().ToLowerInvariant(),
        r.Attempts.ToString(CultureInfo.InvariantCulture),
        r.DeliveredAt is { } at ? TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "",
        MailFailures.FirstLine(r.Status == OutboxStatus.Delivered ? r.Receipt : r.LastError),
    ];
}
