using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine;
using RiskWorker.Output;
using RiskWorker.Reviews;

namespace RiskWorker.Cli;

/// <summary>
/// <c>review mark</c> (the Academic Council's review as the reference for movement), <c>review record</c> (any body's
/// review with its decisions and minutes) and <c>review list</c>.
/// </summary>
internal static class ReviewCommand
{
    public static Command Build()
    {
        var review = new Command("review");
        review.Subcommands.Add(Mark());
        review.Subcommands.Add(Record());
        review.Subcommands.Add(List());
        return review;
    }

    private static Command Mark()
    {
        var option = CliOptions.Date("--date");
        option.Required = true;
        var evaluation = EvaluationOption();
        var mark = new Command("mark") { option, evaluation };
        Verb.Action(mark, async (parse, ct) =>
        {
            using var services = EngineServices.Build(parse);
            var words = CliWords.For(parse, services.GetRequiredService<IRiskRegister>());
            var day = parse.GetValue(option)!.Value;
            if (await FutureAsync(services, words, day).ConfigureAwait(false)) return Verb.DataError;

            var history = services.GetRequiredService<IAssessmentHistory>();
            long id;
            try
            {
                id = parse.GetValue(evaluation) is { } chosen
                    ? await history.MarkReviewAsync(day, chosen, ct).ConfigureAwait(false)
                    : await history.MarkReviewAsync(day, ct).ConfigureAwait(false);
            }
            catch (ReviewRefusedException ex)
            {
                await Console.Error.WriteLineAsync(ex.Describe(words)).ConfigureAwait(false);
                return Verb.DataError;
            }

            var marked = await history.GetAsync(id, ct).ConfigureAwait(false);
            Console.WriteLine(words.Format("cli.review.marked", ("day", day), ("evaluation", id), ("asOf", marked!.AsOf)));
            return Verb.Ok;
        });
        return mark;
    }

    private static Command Record()
    {
        var body = CampaignCommand.Body();
        var date = CliOptions.Date("--date");
        date.Required = true;
        var evaluation = EvaluationOption();
        var decisions = new Option<string>("--decisions") { Required = true };
        var minutes = new Option<string?>("--minutes");
        var record = new Command("record") { body, date, evaluation, decisions, minutes };
        Verb.Action(record, async (parse, ct) =>
        {
            var configuration = WorkerConfiguration.Current;
            using var services = EngineServices.Build(parse, s => s.AddReviewBodies(configuration));
            var words = CliWords.For(parse, services.GetRequiredService<IRiskRegister>());
            var chosen = services.GetRequiredService<ReviewBodies>().Get(parse.GetValue(body));
            var day = parse.GetValue(date)!.Value;
            if (await FutureAsync(services, words, day).ConfigureAwait(false)) return Verb.DataError;
            try
            {
                var result = await services.GetRequiredService<ReviewRecorder>()
                    .RecordAsync(chosen, day, parse.GetValue(evaluation), parse.GetValue(decisions)!, parse.GetValue(minutes), words, ct).ConfigureAwait(false);
                Console.WriteLine(result.In(words));
                return Verb.Ok;
            }
            // No evaluation fits the review: none on or before its day, not the one named, or one holding later data.
            catch (ReviewRefusedException ex)
            {
                await Console.Error.WriteLineAsync(ex.Describe(words) + " " + words["error.review.nothing-written"]).ConfigureAwait(false);
                return Verb.DataError;
            }
        });
        return record;
    }

    private static Command List()
    {
        var body = CampaignCommand.Body();
        var json = CliOptions.Json();
        var list = new Command("list") { body, json };
        Verb.Action(list, async (parse, ct) =>
        {
            var configuration = WorkerConfiguration.Current;
            using var services = EngineServices.Build(parse, s => s.AddReviewBodies(configuration));
            var only = parse.GetValue(body) is { } id ? services.GetRequiredService<ReviewBodies>().Get(id).Id : null;
            var reviews = await services.GetRequiredService<IReviewStore>().ListAsync(only, ct).ConfigureAwait(false);
            Console.WriteLine(parse.GetValue(json)
                ? JsonSerializer.Serialize(reviews.Select(r => new ReviewJson(r.Body, Day(r.ReviewedOn), r.EvaluationId, r.Decisions, r.MinutesName)), OutputJson.Options)
                : ReviewTable.Render(reviews, CliWords.For(parse, services.GetRequiredService<IRiskRegister>())));
            return Verb.Ok;
        });
        return list;
    }

    private static Option<long?> EvaluationOption() =>
        new("--evaluation");

    private static async Task<bool> FutureAsync(IServiceProvider services, Words words, DateOnly day)
    {
        var today = services.Today();
        if (day <= today) return false;
        await Console.Error.WriteLineAsync(words.Format("error.review.future", ("day", day), ("today", today), ("zone", services.GetRequiredService<IRiskRegister>().Identity.TimeZone.Id))).ConfigureAwait(false);
        return true;
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record ReviewJson(string Body, string Date, long Evaluation, int Decisions, string? Minutes);
}
