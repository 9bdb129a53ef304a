using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine;
using RiskWorker.Campaign;
using RiskWorker.Reviews;

namespace RiskWorker.Cli;

/// <summary>
/// <c>campaign run [--body ID] [--date D]</c> queues a review body's campaign step due that day and sends what is
/// pending (the daily job's run, by hand); <c>campaign status [--body ID]</c> shows the meeting, the step due and what
/// each step queued and sent. Without <c>--body</c>, the Academic Council.
/// </summary>
internal static class CampaignCommand
{
    public static Option<string?> Body() => new("--body");

    public static Command Build()
    {
        var date = CliOptions.Date("--date");
        var body = Body();
        var run = new Command("run") { date, body };
        Verb.Action(run, (parse, ct) => WithCampaignAsync(parse, body, async (campaign, chosen, today, words) =>
            Console.WriteLine((await campaign.RunAsync(chosen, parse.GetValue(date) ?? today, ct).ConfigureAwait(false)).In(words))));

        var statusBody = Body();
        var status = new Command("status") { statusBody };
        Verb.Action(status, (parse, ct) => WithCampaignAsync(parse, statusBody, async (campaign, chosen, today, words) =>
            Console.WriteLine((await campaign.StatusAsync(chosen, today, ct).ConfigureAwait(false)).In(words))));

        var campaign = new Command("campaign");
        campaign.Subcommands.Add(run);
        campaign.Subcommands.Add(status);
        return campaign;
    }

    private static async Task<int> WithCampaignAsync(ParseResult parse, Option<string?> body, Func<ReviewCampaign, ReviewBody, DateOnly, Words, Task> action)
    {
        var configuration = WorkerConfiguration.Current;
        using var services = EngineServices.Build(parse, s => s.AddWorkerServices(configuration));
        var words = CliWords.For(parse, services.GetRequiredService<IRiskRegister>());
        var chosen = services.GetRequiredService<ReviewBodies>().Get(parse.GetValue(body));
        await action(services.GetRequiredService<ReviewCampaign>(), chosen, services.Today(), words).ConfigureAwait(false);
        return Verb.Ok;
    }
}
