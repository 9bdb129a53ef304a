using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine;

namespace RiskWorker.Cli;

/// <summary><c>review mark</c>: records the Academic Council's review, the reference for "movement since the last review".</summary>
internal static class ReviewCommand
{
    public static Command Build()
    {
        var option = CliOptions.Date("--date", "Day the Council reviewed the risks, YYYY-MM-DD; the latest evaluation on or before it is marked");
        option.Required = true;
        var evaluation = new Option<long?>("--evaluation") { Description = "The evaluation the Council's pack was made from (its number is on the pack's cover); default: the latest on or before --date" };
        var mark = new Command("mark", "Record the Academic Council's review of the risks") { option, evaluation };
        Verb.Action(mark, async (parse, ct) =>
        {
            using var services = EngineServices.Build(parse);
            var day = parse.GetValue(option)!.Value;
            var today = services.Today();
            if (day > today)
            {
                await Console.Error.WriteLineAsync($"--date {Day(day)} is in the future (today is {Day(today)} in {services.GetRequiredService<IRiskRegister>().Identity.TimeZone.Id}): record a review after it took place.").ConfigureAwait(false);
                return Verb.DataError;
            }

            var history = services.GetRequiredService<IAssessmentHistory>();
            long id;
            try
            {
                id = parse.GetValue(evaluation) is { } chosen
                    ? await history.MarkReviewAsync(day, chosen, ct).ConfigureAwait(false)
                    : await history.MarkReviewAsync(day, ct).ConfigureAwait(false);
            }
            catch (InvalidOperationException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
                return Verb.DataError;
            }

            var marked = await history.GetAsync(id, ct).ConfigureAwait(false);
            Console.WriteLine($"Council review of {Day(day)} recorded: evaluation #{id} (data as of {Day(marked!.AsOf)}) is the reference for movement since the last review.");
            return Verb.Ok;
        });
        var review = new Command("review", "Work with the Academic Council's reviews");
        review.Subcommands.Add(mark);
        return review;
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
