using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Extensions.Time.Testing;
using RiskWorker.Mail;
using RiskWorker.Tests.Mail;
using RiskWorker.Tests.Notify.Support;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Hosting;

/// <summary>
/// Several real RiskWorker processes on one PostgreSQL database and a real SMTP server: senders share the outbox by
/// claims, <c>run</c> workers share the schedule in Quartz's cluster, and a worker killed mid-batch loses nothing.
/// </summary>
public sealed partial class ClusterProcessTests
{
    [Fact]
    public async Task SendPending_TwoStartedTogetherOnPostgres_SendEveryMessageOnce()
    {
        await using var server = await SmtpServer.StartAsync(new SmtpServerBehaviour(DataDelaySeconds: 0.05));
        using var temp = new TempDirectory();
        using var database = new TestDatabase(TestStore.Postgres, temp.Path);
        using (var mail = new OutboxHarness(database.Setting, new Dictionary<string, string> { ["Smtp__From"] = "riskengine@oshtu.example.org" }))
        {
            for (var i = 0; i < 40; i++) Assert.True(await mail.Outbox.EnqueueAsync(TestMail.Digest($"digest/p{i}/2026-W48", $"p{i}@example.org"), CancellationToken.None));
        }

        string[] args = ["send-pending", "--lang", "en", "--db", database.Setting, "--rules", RepoPaths.Rules];
        var runs = await Task.WhenAll(WorkerProcess.RunAsync(temp.Path, server.Environment, args), WorkerProcess.RunAsync(temp.Path, server.Environment, args));

        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.ToString()));
        Assert.Equal(40, runs.Sum(r => int.Parse(r.Out.Split(' ')[0], CultureInfo.InvariantCulture)));
        var received = server.Messages();
        Assert.Equal(40, received.Count);
        Assert.Equal(40, received.Select(m => m.MessageId).Distinct(StringComparer.Ordinal).Count());
        using var check = new OutboxHarness(database.Setting, new Dictionary<string, string>());
        Assert.All(await check.Reader.ListAsync(null, CancellationToken.None), e => Assert.Equal(OutboxStatus.Delivered, e.Status));
    }

    [Fact]
    public async Task Run_TwoWorkersOneKilledMidDigestBatch_EveryDigestDeliveredAndEveryFiringRunOnce()
    {
        await using var server = await SmtpServer.StartAsync(new SmtpServerBehaviour(DataDelaySeconds: 0.4));
        using var temp = new TempDirectory();
        using var database = new TestDatabase(TestStore.Postgres, temp.Path);
        using (var seed = TestHost.Build(temp, new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero)), new FakeOutbox(), database: database.Setting))
            await HostDemo.SeedAsync(seed.Services);
        var environment = new Dictionary<string, string>(server.Environment)
        {
            ["Schedule__Evaluation"] = "0/3 * * * * ?",
            ["Schedule__Digest"] = "0/4 * * * * ?",
            // Long enough that a healthy send (0.4 s here) never outlives its claim on a busy machine, short enough that
            // the killed worker's row is taken over within the wait below.
            ["Smtp__ClaimLeaseSeconds"] = "8",
        };
        string[] args = ["run", "--db", database.Setting, "--rules", RepoPaths.Rules];
        await using var first = RunningWorker.Start(temp.Path, environment, args);
        await using var second = RunningWorker.Start(temp.Path, environment, args);
        await using var db = database.Connect();

        // Mid-batch: some digests delivered, one claimed by the worker sending it right now. That worker dies.
        string? sender = null;
        for (var i = 0; i < 1200 && sender is null; i++)
        {
            await Task.Delay(50);
            sender = await db.QueryFirstOrDefaultAsync<string>(
                "SELECT claimed_by FROM outbox WHERE status = 'pending' AND claimed_by IS NOT NULL AND (SELECT count(*) FROM outbox WHERE status = 'delivered') >= 2");
        }

        Assert.True(sender is not null, $"no digest batch got under way:\n{first.Output}\n{second.Output}");
        var (killed, survivor) = sender.Split('/')[1] == first.Id.ToString(CultureInfo.InvariantCulture) ? (first, second) : (second, first);
        await killed.KillAsync();
        for (var i = 0; i < 1800 && await db.ExecuteScalarAsync<long>("SELECT count(*) FROM outbox WHERE status <> 'delivered'") > 0; i++) await Task.Delay(50);
        await Task.Delay(TimeSpan.FromSeconds(3)); // one more evaluation firing or two on the survivor
        await survivor.TerminateAsync();

        var digests = (await db.QueryAsync<(string Key, string To, string MessageId, string Status)>(
            "SELECT key, to_address, message_id, status FROM outbox WHERE kind = 'digest'")).ToList();
        Assert.Equal(ShippedDemoOwners.All.Count, digests.Count);
        Assert.True(digests.All(d => d.Status == "delivered"), $"not all delivered after the kill of {killed.Id}:\n--- survivor\n{survivor.Output}\n--- killed\n{killed.Output}");
        // A digest's row fixes its Message-Id, so a digest sent twice arrives twice under one Message-Id; that may happen
        // once, in SMTP's one window (accepted, then the sender died before recording it).
        var received = server.Messages().Where(m => digests.Any(d => d.MessageId == m.MessageId)).ToList();
        Assert.All(digests, d => Assert.Contains(received, m => m.MessageId == d.MessageId && m.To.Mailboxes.Single().Address == d.To));
        Assert.True(received.Count <= digests.Count + 1, $"{received.Count} digests received for {digests.Count} queued");

        var firings = Firings(first.Output + second.Output);
        Assert.True(firings.Count >= 2, $"the evaluation did not run on schedule:\n{first.Output}\n{second.Output}");
        Assert.Equal(firings.Count, firings.Distinct().Count());
        // Every stored evaluation is a logged run: a firing, or its recovery on the survivor when the killed worker died
        // mid-run. One more is allowed: the killed worker's, committed in the instant before it could log it.
        var runs = Regex.Count(first.Output + second.Output, "Evaluation #");
        var stored = await db.ExecuteScalarAsync<long>("SELECT count(*) FROM evaluations") - 1; // less the seed's
        Assert.True(stored >= runs && stored <= runs + 1, $"{stored} evaluations stored, {runs} runs logged:\n--- survivor\n{survivor.Output}\n--- killed\n{killed.Output}");
    }

    // Each scheduled evaluation's firing time, as the job logged it; a recovered run is the same firing again, by design.
    private static List<string> Firings(string output) =>
        FiringPattern().Matches(output).Where(m => !m.Value.Contains("recovered", StringComparison.Ordinal)).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex(@"; firing (\S+?)(?: \(recovered[^\n]*)?$", RegexOptions.Multiline)]
    private static partial Regex FiringPattern();
}
