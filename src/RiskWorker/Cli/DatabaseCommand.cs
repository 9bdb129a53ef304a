using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RiskEngine;
using RiskWorker.Storage;
using RiskWorker.Storage.Copy;

namespace RiskWorker.Cli;

/// <summary>
/// <c>database copy --to POSTGRES</c>: the SQLite database of <c>--db</c>, history and all, into an empty PostgreSQL
/// database (<see cref="DatabaseCopy"/>), so a university moving to several workers keeps what it has.
/// </summary>
internal static class DatabaseCommand
{
    public static Command Build()
    {
        var to = new Option<string>("--to") { Required = true };
        var copy = new Command("copy") { to };
        Verb.Action(copy, async (parse, ct) =>
        {
            using var services = EngineServices.Build(parse, s =>
            {
                s.TryAddSingleton<WorkerDatabase>();
                s.TryAddSingleton<DatabaseCopy>();
            });
            var words = CliWords.For(parse, services.GetRequiredService<IRiskRegister>());
            var tables = await services.GetRequiredService<DatabaseCopy>().CopyAsync(parse.GetValue(to)!, ct).ConfigureAwait(false);
            Console.WriteLine(words.Format("cli.copy.done", ("rows", tables.Sum(t => t.Rows)), ("tables", tables.Count),
                ("database", CliOptions.DatabaseName(parse)), ("target", DatabaseName.Display(parse.GetValue(to)!))));
            foreach (var table in tables) Console.WriteLine(words.Format("cli.copy.table", ("table", table.Name), ("rows", table.Rows)));
            return Verb.Ok;
        });

        var database = new Command("database");
        database.Subcommands.Add(copy);
        return database;
    }
}
