using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine;
using RiskWorker.Output;

namespace RiskWorker.Cli;

/// <summary><c>evaluate</c>: rate every risk, store the evaluation, print a table or the JSON contract.</summary>
internal static class EvaluateCommand
{
    public static Command Build()
    {
        var asOf = CliOptions.AsOf();
        var json = CliOptions.Json();
        var evaluate = new Command("evaluate") { asOf, json };
        Verb.Action(evaluate, async (parse, ct) =>
        {
            using var services = EngineServices.Build(parse);
            var date = parse.GetValue(asOf) ?? services.Today();
            var evaluation = await services.GetRequiredService<IRiskEvaluator>().EvaluateAsync(date, ct).ConfigureAwait(false);
            var register = services.GetRequiredService<IRiskRegister>();
            var language = CliOptions.Language(parse, register);
            Console.WriteLine(parse.GetValue(json)
                ? JsonSerializer.Serialize(EvaluationJson.From(evaluation, register, language,
                    await services.GetRequiredService<IReviewStore>().GetLatestDecisionsAsync(date, ct).ConfigureAwait(false)), OutputJson.Options)
                : EvaluationTable.Render(evaluation, register, language));
            return Verb.Ok;
        });
        return evaluate;
    }
}
