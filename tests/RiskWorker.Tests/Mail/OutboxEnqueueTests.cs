using Dapper;
using RiskWorker.Mail;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Mail;

/// <summary>The outbox table itself: one row per key whatever happened to it, fixed Message-Id, nothing deleted.</summary>
public sealed class OutboxEnqueueTests
{
    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task EnqueueAsync_SameKeyAfterFailure_ReturnsFalseAndKeepsTheFirstRow(TestStore store)
    {
        await using var server = await SmtpServer.StartAsync(new SmtpServerBehaviour(RejectPattern: "gone@.*"));
        using var temp = new TempDirectory();
        using var database = new TestDatabase(store, temp.Path);
        using var mail = new OutboxHarness(database.Setting, server.Environment);
        Assert.True(await mail.Outbox.EnqueueAsync(TestMail.Digest("alert/1.1/high", "gone@example.org"), CancellationToken.None));
        await mail.Outbox.SendPendingAsync(CancellationToken.None);

        var again = await mail.Outbox.EnqueueAsync(TestMail.Digest("alert/1.1/high", "someone-else@example.org") with { Subject = "changed" }, CancellationToken.None);

        Assert.False(again);
        var row = Assert.Single(await mail.Reader.ListAsync(null, CancellationToken.None));
        Assert.Equal((OutboxStatus.Failed, "gone@example.org", TestMail.KyrgyzSubject), (row.Status, row.ToAddress, row.Subject));
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task EnqueueAsync_NewMessage_StoresADeterministicMessageIdInTheSendersDomain(TestStore store)
    {
        using var temp = new TempDirectory();
        using var database = new TestDatabase(store, temp.Path);
        using var mail = new OutboxHarness(database.Setting, new Dictionary<string, string> { ["Smtp__From"] = "Planning <planning@oshtu.example.org>" });

        await mail.Outbox.EnqueueAsync(TestMail.Digest("digest/a/2026-W48", "a@example.org"), CancellationToken.None);
        await mail.Outbox.EnqueueAsync(TestMail.Digest("digest/b/2026-W48", "b@example.org"), CancellationToken.None);

        var rows = await mail.Reader.ListAsync(OutboxStatus.Pending, CancellationToken.None);
        Assert.Equal(OutboxIdentity.MessageId("digest/a/2026-W48", "planning@oshtu.example.org"), rows[0].MessageId);
        Assert.EndsWith("@oshtu.example.org", rows[0].MessageId, StringComparison.Ordinal);
        Assert.NotEqual(rows[0].MessageId, rows[1].MessageId);
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task EnqueueAsync_AddressWithoutAt_RefusesAndStoresNothing(TestStore store)
    {
        using var temp = new TempDirectory();
        using var database = new TestDatabase(store, temp.Path);
        using var mail = new OutboxHarness(database.Setting, new Dictionary<string, string>());

        var error = await Assert.ThrowsAsync<ArgumentException>(() => mail.Outbox.EnqueueAsync(TestMail.Digest("d/1", "not-an-address"), CancellationToken.None));

        Assert.Contains("not-an-address", error.Message, StringComparison.Ordinal);
        Assert.Empty(await mail.Reader.ListAsync(null, CancellationToken.None));
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Delete_AnyOutboxRow_IsRefusedByTheDatabase(TestStore store)
    {
        using var temp = new TempDirectory();
        using var database = new TestDatabase(store, temp.Path);
        using (var mail = new OutboxHarness(database.Setting, new Dictionary<string, string>()))
            await mail.Outbox.EnqueueAsync(TestMail.Digest("d/1", "a@example.org"), CancellationToken.None);
        await using var connection = database.Connect();

        var error = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => connection.ExecuteAsync("DELETE FROM outbox"));

        Assert.Contains("never deleted", error.Message, StringComparison.Ordinal);
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM outbox"));
    }
}
