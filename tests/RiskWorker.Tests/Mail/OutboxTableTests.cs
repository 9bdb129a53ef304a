using RiskWorker.Cli;
using RiskWorker.Mail;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Mail;

/// <summary>The <c>outbox</c> listing: aligned whatever the key length, delivered time in Bishkek, the server's last answer.</summary>
public sealed class OutboxTableTests
{
    private static readonly DateTimeOffset Created = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Lines_LongKeyDeliveredAndFailed_AlignedWithReceiptOrFirstErrorLineAndBishkekTime()
    {
        var longKey = "alert:very.long.mailbox.name@faculty.oshtu.example.org:1.1:high:2026-11-23.from-medium.over";
        var lines = OutboxTable.Lines(Rows(longKey), Bishkek, ShippedRegister.Value.Words.For("en"));

        Assert.Equal(3, lines.Count);
        Assert.Matches(@"^KEY\s+KIND\s+TO\s+STATUS\s+ATT\s+DELIVERED\s+LAST ANSWER$", lines[0]);
        Assert.Equal(lines[0].IndexOf("KIND", StringComparison.Ordinal), lines[1].IndexOf(" alert ", StringComparison.Ordinal) + 1);
        Assert.Equal(lines[0].IndexOf("KIND", StringComparison.Ordinal), lines[2].IndexOf("digest", StringComparison.Ordinal));
        Assert.Equal(lines[0].IndexOf("LAST ANSWER", StringComparison.Ordinal), lines[1].IndexOf("250 2.0.0", StringComparison.Ordinal));
        Assert.Equal(lines[0].IndexOf("LAST ANSWER", StringComparison.Ordinal), lines[2].IndexOf("550 5.1.1", StringComparison.Ordinal));
        Assert.Contains("2026-11-23 08:05", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("550 5.1.1 no such user", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_Russian_HeadersAndStatusesInRussianAndAligned()
    {
        var lines = OutboxTable.Lines(Rows("alert:a@example.org:1.1"), Bishkek, ShippedRegister.Value.Words.For("ru"));

        Assert.Matches(@"^КЛЮЧ\s+ВИД\s+КОМУ\s+СТАТУС\s+ПОПЫТ.\s+ДОСТАВЛЕНО\s+ПОСЛЕДНИЙ ОТВЕТ$", lines[0]);
        Assert.Contains(" доставлено ", lines[1], StringComparison.Ordinal);
        Assert.Contains(" не доставлено ", lines[2], StringComparison.Ordinal);
        Assert.Equal(lines[0].IndexOf("ПОСЛЕДНИЙ ОТВЕТ", StringComparison.Ordinal), lines[1].IndexOf("250 2.0.0", StringComparison.Ordinal));
    }

    private static TimeZoneInfo Bishkek => TimeZoneInfo.FindSystemTimeZoneById("Asia/Bishkek");

    private static IReadOnlyList<OutboxEntry> Rows(string longKey) =>
    [
        new OutboxEntry(longKey, "alert", "a@example.org", "s", OutboxStatus.Delivered, 1, null, "<m1>", Created,
            new DateTimeOffset(2026, 11, 23, 2, 5, 0, TimeSpan.Zero), "250 2.0.0 Ok: queued as 4711"),
        new OutboxEntry("d/gone", "digest", "gone@example.org", "s", OutboxStatus.Failed, 1, "550 5.1.1 no such user\nsecond line", "<m2>", Created, null, null),
    ];
}
