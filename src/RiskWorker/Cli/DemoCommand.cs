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
        var demo = new Command("demo", "Fill the database with an ILLUSTRATIVE data set (not the institution's real figures)");
        Verb.Action(demo, async (parse, ct) =>
        {
            using var services = EngineServices.Build(parse, s => s.AddOwners());
            var observations = services.GetRequiredService<IObservationStore>();
            if (!await observations.IsIllustrativeAsync(ct).ConfigureAwait(false) && (await observations.GetAllAsync(ct).ConfigureAwait(false)).Count > 0)
            {
                await Console.Error.WriteLineAsync($"{CliOptions.DatabaseName(parse)} already holds real data; the demo would mix with it. Use another --db.").ConfigureAwait(false);
                return Verb.DataError;
            }

            var register = services.GetRequiredService<IRiskRegister>();
            var demoData = new DemoDataSet(register);
            var (written, actions) = await demoData.StoreAsync(
                services.GetRequiredService<IScopeStore>(), observations, services.GetRequiredService<IMitigationActionStore>(),
                services.Today(), ct).ConfigureAwait(false);
            var owners = services.GetRequiredService<IOwnerStore>();
            var keptOwners = (await owners.GetAllAsync(ct).ConfigureAwait(false)).Any(o => !o.Illustrative);
            var people = DemoOwners.For(register, WorkerConfiguration.Current["Notifications:FallbackEmail"]);
            if (!keptOwners) await owners.ReplaceAllAsync(people, ct).ConfigureAwait(false);
            Console.WriteLine($"Illustrative demo data written to {CliOptions.DatabaseName(parse)}: {written} observations, "
                + $"{demoData.Faculties.Count} faculties and institutes, {actions} actions, "
                + (keptOwners ? "imported owners kept" : $"{people.Count} illustrative owners at example.org") + $". These are NOT {register.Identity.InstitutionShort.Get("en")}'s real figures.");
            return Verb.Ok;
        });
        return demo;
    }
}
