using MimeKit;
using RiskWorker.Campaign;
using RiskWorker.Mail;
using RiskWorker.Tests.Campaign.Support;
using RiskWorker.Tests.Support;
using static RiskWorker.Tests.Campaign.Support.CampaignScenario;

namespace RiskWorker.Tests.Campaign;

public sealed class CampaignRunTests
{
    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task RunAsync_WorkerDownOnT30AndT29_SendsTheRequestsOnT28Once(TestStore store)
    {
        await using var world = await CampaignWorld.StartAsync(store: store);
        await SeedAsync(world);

        var first = await world.RunOnAsync(CampaignWorld.Meeting.AddDays(-28));
        var again = await world.RunOnAsync(CampaignWorld.Meeting.AddDays(-27));

        Assert.Equal(OwnerEmails.Order(), world.Smtp.Messages().Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.Equal((CampaignStep.Request, 4, 4), (first.Step, first.Recipients, first.Queued));
        Assert.Equal((4, 0), (again.Recipients, again.Queued));
    }

    [Fact]
    public async Task RunAsync_PdfCannotBeMade_AttachesTheHtmlAndSaysSo()
    {
        await using var world = await CampaignWorld.StartAsync(new Dictionary<string, string?> { ["CouncilPack:ChromiumPath"] = "/nonexistent/chromium" });
        await SeedAsync(world);

        var report = await world.RunOnAsync(CampaignWorld.Meeting.AddDays(-7));

        var messages = world.Smtp.Messages();
        Assert.Equal((CampaignStep.Pack, 5, 5), (report.Step, report.Recipients, report.Queued));
        Assert.Equal(5, messages.Count);
        Assert.All(messages, m =>
        {
            var html = Assert.IsAssignableFrom<MimePart>(Assert.Single(m.Attachments));
            Assert.Equal("text/html", html.ContentType.MimeType);
            Assert.EndsWith(".html", html.FileName, StringComparison.Ordinal);
            Assert.Contains("data-role=\"no-pdf\"", m.HtmlBody, StringComparison.Ordinal);
        });
        using var pack = new MemoryStream();
        await ((MimePart)messages.Single(m => m.To.Mailboxes.Single().Address == Quality).Attachments.Single()).Content!.DecodeToAsync(pack);
        Assert.Contains("<html", System.Text.Encoding.UTF8.GetString(pack.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SecretaryIsAlsoAnOwner_GetsOnePackInTheirOwnLanguage()
    {
        await using var world = await CampaignWorld.StartAsync(new Dictionary<string, string?>
        {
            ["Council:SecretaryEmail"] = Dean.ToUpperInvariant(),
            ["CouncilPack:ChromiumPath"] = "/nonexistent/chromium",
        });
        await SeedAsync(world);

        var report = await world.RunOnAsync(CampaignWorld.Meeting);

        var dean = Assert.Single(world.Smtp.Messages(), m => m.To.Mailboxes.Single().Address == Dean);
        Assert.Equal(4, report.Recipients);
        Assert.Equal("council-pack-2026-12-23-ky.html", dean.Attachments.Single().ContentDisposition!.FileName);
        Assert.Contains("кеңештин мүчөлөрүнө", dean.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_AfterTheMeetingOrWithoutOne_QueuesNothingUntilTheNextCampaign()
    {
        await using var world = await CampaignWorld.StartAsync();
        await using var idle = await CampaignWorld.StartAsync(new Dictionary<string, string?> { ["Council:MeetingDate"] = "" });
        await SeedAsync(world);
        await SeedAsync(idle);

        var after = await world.RunOnAsync(CampaignWorld.Meeting.AddDays(1));
        var none = await idle.RunOnAsync(CampaignWorld.Meeting.AddDays(-30));

        Assert.Empty(world.Smtp.Messages());
        Assert.Empty(idle.Smtp.Messages());
        // The Council meets yearly: the day after the meeting belongs to next year's campaign.
        Assert.Contains("Council meeting 2027-12-23, 2026-12-24: nothing due yet (requests from 2027-11-23)", after.In(ShippedRegister.English), StringComparison.Ordinal);
        Assert.Equal((null, null), (none.Meeting, none.Sent));
        Assert.Empty(await idle.Get<IOutboxReader>().ListAsync(null, CancellationToken.None));
    }
}
