using RiskEngine;
using RiskWorker.Owners;

namespace RiskWorker.Tests.Campaign.Support;

/// <summary>
/// Three owners in the three languages and what they report, chosen so each mailing has a different audience:
/// the quality office's indicators stay stale (one with a &lt;script&gt; note), the deans' only indicator is missing
/// until <see cref="DeanReportsAsync"/>, the legal office is up to date but has an action falling due between T-30
/// and T-14. Every other role is held by nobody, so its indicators go to the fallback office. Data is illustrative.
/// </summary>
internal static class CampaignScenario
{
    public const string Script = "<script>alert('x')</script>";
    public const string Quality = "quality@example.org";
    public const string Dean = "dean@example.org";
    public const string Legal = "legal@example.org";
    public static readonly string[] OwnerEmails = [Quality, Dean, Legal, CampaignWorld.Fallback];

    public static async Task SeedAsync(CampaignWorld world)
    {
        await world.Get<IOwnerStore>().ReplaceAllAsync(
        [
            new Owner("Quality Lead " + Script, Quality, "en", ["quality-licensing-office"]),
            new Owner("Гүлнара Токтосунова", Dean, "ky", ["deans"]),
            new Owner("Елена Петрова", Legal, "ru", ["legal-office"]),
        ], CancellationToken.None);
        var observations = world.Get<IObservationStore>();
        await observations.AddAsync(
        [
            new Observation("EDU_INTL_ACCREDITED", "2023", 31.5, Scopes.University, "late report " + Script),
            new Observation("REG_DOCS_UPDATED_ON_TIME", "2026-06-30", 95),
            new Observation("REG_DOCS_REVIEWED_3Y", "2025", 90),
        ], replace: false);
        await observations.SetIllustrativeAsync(true);
        await world.Get<IMitigationActionStore>().ReplaceAllAsync(
        [
            new MitigationAction("7.2", "Update the statute register", "legal-office", CampaignWorld.Meeting.AddDays(-20), "planned"),
        ]);
    }

    /// <summary>The deans report their indicator: from now on they have nothing stale.</summary>
    public static Task DeanReportsAsync(CampaignWorld world) =>
        world.Get<IObservationStore>().AddAsync([new Observation("STU_EMPLOYER_ORDERED", "2026", 12)], replace: false);
}
