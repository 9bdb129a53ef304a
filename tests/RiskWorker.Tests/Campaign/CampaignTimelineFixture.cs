using MimeKit;
using RiskWorker.Campaign;
using RiskWorker.Tests.Campaign.Support;

namespace RiskWorker.Tests.Campaign;

/// <summary>
/// Runs the campaign once a day from T-31 to the meeting day, as the daily job would, against the real outbox and
/// SMTP server, with the deans reporting their missing value on T-20. Keeps, per day, the report and every message file
/// the server wrote that day.
/// </summary>
public sealed class CampaignTimelineFixture : IAsyncLifetime
{
    private CampaignWorld _world = null!;

    internal Dictionary<int, CampaignRunReport> Reports { get; } = [];

    /// <summary>Days before the meeting → messages the server received on that day's run.</summary>
    public Dictionary<int, IReadOnlyList<MimeMessage>> Received { get; } = [];

    public int Total => Received.Values.Sum(m => m.Count);

    public async Task InitializeAsync()
    {
        _world = await CampaignWorld.StartAsync();
        await CampaignScenario.SeedAsync(_world);
        // Every file the server wrote, not de-duplicated by Message-Id: the id derives from the outbox key, so a repeated
        // delivery of the same outbox row would carry the same id and must still be counted.
        var previousCount = 0;
        for (var before = 31; before >= 0; before--)
        {
            if (before == 20) await CampaignScenario.DeanReportsAsync(_world);
            Reports[before] = await _world.RunOnAsync(CampaignWorld.Meeting.AddDays(-before));
            var all = _world.Smtp.Messages();
            Received[before] = all.Skip(previousCount).ToList();
            previousCount = all.Count;
        }
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    public static string To(MimeMessage message) => message.To.Mailboxes.Single().Address;

    public MimeMessage Mail(int before, string to) => Received[before].Single(m => To(m) == to);
}
