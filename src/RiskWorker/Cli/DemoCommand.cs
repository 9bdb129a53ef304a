using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine;
using RiskWorker.Demo;
using RiskWorker.Owners;

namespace RiskWorker.Cli;

/// <summary><c>demo</c>: fills the database with the illustrative data set, labelled as such.</summary>
internal static class DemoCommand
{
    public static Command Build()
    {
        var demo = new Command("demo");
        Verb.Action(demo, async (parse, ct) =>
        {
            using var services = EngineServices.Build(parse, s => s.AddOwners());
            var register = services.GetRequiredService<IRiskRegister>();
            var words = CliWords.For(parse, register);
            var observations = services.GetRequiredService<IObservationStore>();
            if (!await observations.IsIllustrativeAsync(ct).ConfigureAwait(false) && (await observations.GetAllAsync(ct).ConfigureAwait(false)).Count > 0)
            {
                await Console.Error.WriteLineAsync(words.Format("error.cli.demo-real-data", ("database", CliOptions.DatabaseName(parse)))).ConfigureAwait(false);
                return Verb.DataError;
            }

            var demoData = new DemoDataSet(register);
            var (written, actions) = await demoData.StoreAsync(
                services.GetRequiredService<IScopeStore>(), observations, services.GetRequiredService<IMitigationActionStore>(),
                services.Today(), ct).ConfigureAwait(false);
            var owners = services.GetRequiredService<IOwnerStore>();
            var keptOwners = (await owners.GetAllAsync(ct).ConfigureAwait(false)).Any(o => !o.Illustrative);
            var people = DemoOwners.For(register, WorkerConfiguration.Current["Notifications:FallbackEmail"]);
            if (!keptOwners) await owners.ReplaceAllAsync(people, ct).ConfigureAwait(false);
            Console.WriteLine(words.Format("cli.demo.written", ("database", CliOptions.DatabaseName(parse)), ("observations", written),
                ("faculties", demoData.Faculties.Count), ("actions", actions),
                ("owners", keptOwners ? words["cli.demo.owners-kept"] : words.Format("cli.demo.owners-illustrative", ("count", people.Count))),
                ("institution", register.Identity.InstitutionShort.Get(words.Language))));
            return Verb.Ok;
        });
        return demo;
    }
}
