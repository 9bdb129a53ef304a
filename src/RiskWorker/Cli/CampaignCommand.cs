using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using RiskWorker.Campaign;

namespace RiskWorker.Cli;

/// <summary>
/// <c>campaign run [--date D]</c> queues the Council campaign's step due that day and sends what is pending (the
/// daily job's run, by hand); <c>campaign status</c> shows the meeting, the step due and what each step queued and sent.
/// </summary>
internal static class CampaignCommand
{
    public static Command Build()
    {
        var date = CliOptions.Date("--date", "Run the campaign as on this day, YYYY-MM-DD (default: today in the register's time zone)");
        var run = new Command("run", "Queue the step due that day (T-30 requests, T-14 reminders, T-7 pack) for everyone not yet reached, then send pending mail") { date };
        Verb.Action(run, (parse, ct) => WithCampaignAsync(parse, async (campaign, today) =>
            Console.WriteLine(await campaign.RunAsync(parse.GetValue(date) ?? today, ct).ConfigureAwait(false))));

        var status = new Command("status", "The meeting date, the step due today, and what each step queued and sent");
        Verb.Action(status, (parse, ct) => WithCampaignAsync(parse, async (campaign, today) =>
            Console.WriteLine(await campaign.StatusAsync(today, ct).ConfigureAwait(false))));

        var campaign = new Command("campaign", "The Academic Council campaign (configuration section Council)");
        campaign.Subcommands.Add(run);
        campaign.Subcommands.Add(status);
        return campaign;
    }

    private static async Task<int> WithCampaignAsync(ParseResult parse, Func<CouncilCampaign, DateOnly, Task> body)
    {
        var configuration = WorkerConfiguration.Build();
        using var services = EngineServices.Build(parse, s => s.AddWorkerServices(configuration));
        await body(services.GetRequiredService<CouncilCampaign>(), services.Today()).ConfigureAwait(false);
        return Verb.Ok;
    }
}
