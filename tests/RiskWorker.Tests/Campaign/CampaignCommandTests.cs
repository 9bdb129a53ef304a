using System.Text.RegularExpressions;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Campaign;

/// <summary><c>campaign run</c> and <c>campaign status</c> as a secretary would type them, on the demo data, against a real SMTP server.</summary>
public sealed partial class CampaignCommandTests
{
    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task CampaignRun_DemoOnT30Twice_RequestsEveryDemoOwnerOnceAndStatusCountsThem(TestStore store)
    {
        await using var server = await SmtpServer.StartAsync();
        using var temp = new TempDirectory();
        using var database = new TestDatabase(store, temp.Path);
        var env = new Dictionary<string, string>(server.Environment)
        {
            ["Council__MeetingDate"] = "2026-12-23",
            ["Council__SecretaryEmail"] = "secretary@example.org",
        };
        string[] common = ["--lang", "en", "--db", database.Setting, "--rules", RepoPaths.Rules];
        Assert.Equal(0, (await WorkerProcess.RunAsync(temp.Path, env, ["demo", .. common])).ExitCode);

        var first = await WorkerProcess.RunAsync(temp.Path, env, ["campaign", "run", "--date", "2026-11-23", .. common]);
        var second = await WorkerProcess.RunAsync(temp.Path, env, ["campaign", "run", "--date", "2026-11-24", .. common]);
        var status = await WorkerProcess.RunAsync(temp.Path, env, ["campaign", "status", .. common]);

        var n = ShippedDemoOwners.All.Count; // one illustrative person per office but one (15 for OshTU's 16 offices)
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains($"Council meeting 2026-12-23, 2026-11-23: T-30 requests — {n} recipients, {n} queued now, 0 already queued; sent {n}, failed 0", first.Out, StringComparison.Ordinal);
        Assert.Contains($"2026-11-24: T-30 requests — {n} recipients, 0 queued now, {n} already queued; sent 0", second.Out, StringComparison.Ordinal);
        Assert.Equal(n, server.Messages().Count);
        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Contains("Council meeting 2026-12-23;", status.Out, StringComparison.Ordinal);
        Assert.Matches(Row("T-30 requests", "2026-11-23", "2026-12-08", $"{n} +{n} +0 +0"), status.Out);
        Assert.Matches(Row("T-14 reminders", "2026-12-09", "2026-12-15", "0 +0 +0 +0"), status.Out);
        Assert.Matches(Row("T-7 review packs", "2026-12-16", "2026-12-23", "0 +0 +0 +0"), status.Out);
    }

    [Fact]
    public async Task CampaignStatus_MeetingDateNotADate_ExitsOneNamingTheSetting()
    {
        using var temp = new TempDirectory();

        var result = await WorkerProcess.RunAsync(temp.Path, new Dictionary<string, string> { ["Council__MeetingDate"] = "23.12.2026" },
            "campaign", "status", "--lang", "en", "--db", temp.File("r.db"), "--rules", RepoPaths.Rules);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Council:MeetingDate '23.12.2026' is not a date as yyyy-MM-dd.", result.Error, StringComparison.Ordinal);
    }

    private static Regex Row(string step, string opens, string last, string counts) => new($@"{Regex.Escape(step)} +{opens} … {last} +{counts}\s*$", RegexOptions.Multiline);
}
