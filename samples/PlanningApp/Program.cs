using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PlanningApp;
using RiskEngine;

// The register: the folder given as the first argument, else the repository's rules/ above this program.
var rules = args.Length > 0 ? args[0] : FindRules(AppContext.BaseDirectory);
if (rules is null)
{
    Console.Error.WriteLine("No rules/ folder found above the program; pass the register's folder as the first argument.");
    return 1;
}

var data = Directory.CreateTempSubdirectory("planning-app-");
var services = new ServiceCollection().AddRiskEngine(o =>
{
    o.RulesDirectory = rules;
    o.DatabasePath = Path.Combine(data.FullName, "planning.db");
    o.AddRules(typeof(PublicationsBehindRule).Assembly);   // the app's own NRules rules, rated with the register's
});

// ILLUSTRATIVE figures, made up to show the engine at work: not the university's.
Observation[] illustrative =
[
    new("RES_PUBLICATIONS", "2023", 31), new("RES_PUBLICATIONS", "2024", 35), new("RES_PUBLICATIONS", "2025", 38),
    new("HR_QUAL_UPGRADE", "2025", 21), new("EDU_INTL_ACCREDITED", "2025", 30), new("FIN_BUDGET_EXECUTION", "2025", 93),
];

try
{
    await using var provider = services.BuildServiceProvider();
    var store = provider.GetRequiredService<IObservationStore>();
    await store.AddAsync(illustrative, replace: false);
    await store.SetIllustrativeAsync(true);
    var evaluation = await provider.GetRequiredService<IRiskEvaluator>().EvaluateAsync(new DateOnly(2026, 11, 23));
    var register = provider.GetRequiredService<IRiskRegister>();

    Console.WriteLine($"ILLUSTRATIVE data, not real figures. Rated as of {evaluation.AsOf:yyyy-MM-dd}, rule set {evaluation.RuleSetVersion}.");
    foreach (var risk in evaluation.Risks)
    {
        Console.WriteLine($"{risk.Code} {register.FindRisk(risk.Code)!.Title.Get("en")}: likelihood {risk.Likelihood}, impact {risk.Impact}, {risk.Level}");
        foreach (var reason in risk.Reasons) Console.WriteLine($"    {reason.Rule}: {reason.Text.Get("en")}");
    }

    return 0;
}
catch (Exception ex) when (ex is RuleSetException or OptionsValidationException)
{
    Console.Error.WriteLine(ex.Message);
    return 1;
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    data.Delete(recursive: true);
}

static string? FindRules(string from)
{
    for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "rules", "indicators.json"))) return Path.Combine(dir.FullName, "rules");
    }

    return null;
}
