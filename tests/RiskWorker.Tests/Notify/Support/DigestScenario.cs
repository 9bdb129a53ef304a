using RiskEngine;
using RiskWorker.Owners;

namespace RiskWorker.Tests.Notify.Support;

/// <summary>
/// One week of data for the digest tests: owners in the three languages (one with a &lt;script&gt; in the name),
/// an observation note with a &lt;script&gt;, three evaluations (a week ago, three days ago, today) and actions
/// overdue, due soon, later and done.
/// </summary>
internal static class DigestScenario
{
    public const string Script = "<script>alert('x')</script>";
    public const string Quality = "quality@example.org";
    public const string ViceRector = "vr@example.org";
    public const string Finance = "finance@example.org";
    public const string Planner = "planner@example.org";

    public static async Task SeedAsync(NotifyWorld world, bool illustrative = true)
    {
        await world.OwnersAsync(
            new Owner("Quality Lead " + Script, Quality, "en", ["quality-licensing-office"]),
            new Owner("Айбек Осмонов", ViceRector, "ky", ["vice-rector-academic"]),
            new Owner("Елена Петрова", Finance, "ru", ["financial-planning-office", "rectorate"]),
            new Owner("Planner Without Risks", Planner, "ky", ["strategic-planning-office"]));
        await world.Get<IObservationStore>().AddAsync([new Observation("EDU_INTL_ACCREDITED", "2024", 31.5, Scopes.University, "late report " + Script)], replace: false);
        await world.Get<IMitigationActionStore>().ReplaceAllAsync(
        [
            new MitigationAction("1.1", "Overdue accreditation dossier", "quality-licensing-office", new DateOnly(2026, 11, 1), "planned"),
            new MitigationAction("1.1", "Self-assessment report", "quality-licensing-office", new DateOnly(2026, 12, 1), "in-progress"),
            new MitigationAction("1.1", "Far-off review", "quality-licensing-office", new DateOnly(2027, 1, 31), "planned"),
            new MitigationAction("1.1", "Finished visit", "quality-licensing-office", new DateOnly(2026, 11, 1), "done", new DateOnly(2026, 10, 30)),
        ]);

        await world.StoreAsync(new DateOnly(2026, 11, 16), illustrative, world.Risk("1.1", 3, 3), world.Risk("2.1", 3, 4), world.Risk("6.1", 2, 2), world.Risk("7.1", 2, 3));
        await world.StoreAsync(new DateOnly(2026, 11, 20), illustrative, world.Risk("1.1", 4, 3), world.Risk("2.1", 3, 4), world.Risk("6.1", 2, 2), world.Risk("7.1", 2, 3));
        await world.StoreAsync(NotifyWorld.Today, illustrative,
            world.Risk("1.1", 4, 4, ["EDU_INTL_ACCREDITED", "EDU_CURRICULA_UPDATED", "GOV_STRATEGY_MEASURES_ON_TIME"], [AccreditationReason]),
            world.Risk("2.1", 5, 4),
            world.Risk("6.1", 2, 2),
            world.Risk("7.1", 2, 3));
    }

    public static Reason AccreditationReason { get; } = new("1.1-accreditation-off-track", "EDU_INTL_ACCREDITED", Scopes.University, 31.5, 50, -18.5,
        RatingSide.Likelihood, 4, 2316, LocalizedText.Of(("ky", "Аккредитация 31,5% (ky)"), ("ru", "Аккредитация 31,5% (ru)"), ("en", "Accredited programmes at 31.5% against 50%")));
}
