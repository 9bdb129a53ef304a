using Microsoft.Extensions.DependencyInjection;
using RiskEngine;
using RiskWorker.Import;

namespace RiskWorker.Tests.Import;

public sealed class ActionImportTests
{
    // Seed 002 (KSTU accreditation, Feb 2026), recommendations at lines 69, 70 and 88, as written there.
    private const string Line69 = "2026-жылдын 01.04үнө чейин студенттик өз алдынча башкаруу органдарынын институционалдык процесстерге катышуусун кеңейтүү боюнча иш-чаралар планын иштеп чыгып, ишке киргизүү.";
    private const string Line70 = "2026-жылдын 01.09уна чейин бирдиктүү иш-чаралар планын иштеп чыгуу жана ишке ашыруу аркылуу КМТУнун колледждеринде жана филиалдарында билим берүүнүн сапатын камсыз кылуу системасын системалуу түрдө киргизүүнү камсыз кылуу.";
    private const string Line88 = "2026-жылдын 01.09уна чейин жаш окутуучуларды бекемдөө боюнча мотивация системасын жана планын иштеп чыгып, киргизүү. Анда финансылык стимулдар, аспирантура/докторантура үчүн бюджеттик орундар, стажировкалар, квалификацияны акысыз жогорулатуу жана карьералык өсүү чаралары каралып, алардын натыйжалуулугу жыл сайын мониторингден өткөрүлсүн.";

    [Fact]
    public async Task Import_RussianStatusesAndDates_StoresActionsAndCountsOverdue()
    {
        using var h = new ImportHarness(); // today is 2026-11-23 in Bishkek
        var risk = h.Register.Risks[0];
        var office = h.Register.Offices[0];
        var file = Corpus.Csv(h.Temp.File("actions.csv"), [
            "Риск;Мероприятие;Ответственный;Срок;Статус;Дата выполнения",
            $"{risk.Code};{Line69};{office.Name.Get("ru")};01.04.2026;запланировано;",
            $"{risk.Code};{Line70};{office.Code};2026-09-01;выполняется;",
            $"{risk.Code};{Line88};{office.Code};01.09.2026;выполнено;15.08.2026",
        ], bom: true); // "CSV UTF-8": Kyrgyz ң ө ү do not fit Windows-1251

        var result = await h.ImportActionsAsync(file);

        Assert.Equal("Stored 3 actions (1 planned, 1 in progress, 1 done), replacing the 0 stored before; 2 overdue as of 2026-11-23.", result.Describe(h.Words));
        var stored = await h.Services.GetRequiredService<IMitigationActionStore>().GetAllAsync();
        Assert.Equal(new MitigationAction(risk.Code, Line69, office.Code, new DateOnly(2026, 4, 1), "planned"), stored[0]);
        Assert.Equal(("done", (DateOnly?)new DateOnly(2026, 9, 1), (DateOnly?)new DateOnly(2026, 8, 15)), (stored[2].Status, stored[2].Due, stored[2].DoneOn));
    }

    [Fact]
    public async Task Import_KyrgyzXlsxWithDateCells_ReplacesStoredList()
    {
        using var h = new ImportHarness();
        var risk = h.Register.Risks[^1];
        var actions = h.Services.GetRequiredService<IMitigationActionStore>();
        await actions.ReplaceAllAsync([new MitigationAction(risk.Code, "old", h.Register.Offices[0].Code, null, "planned")]);
        var file = Corpus.Xlsx(h.Temp.File("actions.xlsx"), "Иш-чаралар",
            ["Тобокелдик", "Иш-чара", "Жооптуу", "Мөөнөтү", "Абалы"],
            [risk.Code, "Иш-чаралар планын иштеп чыгуу", h.Register.Offices[1].Name.Get("ky"), new DateTime(2027, 1, 15), "пландалган"]);

        var result = await h.ImportActionsAsync(file);

        Assert.Equal(1, result.ReplacedStored);
        var action = Assert.Single(await actions.GetAllAsync());
        Assert.Equal((h.Register.Offices[1].Code, (DateOnly?)new DateOnly(2027, 1, 15), "planned"), (action.Owner, action.Due, action.Status));
    }

    [Fact]
    public async Task Import_BadRows_RefusedWholeWithEachCellNamed()
    {
        using var h = new ImportHarness();
        var (risk, office) = (h.Register.Risks[0].Code, h.Register.Offices[0].Code);
        var file = Corpus.Csv(h.Temp.File("bad-actions.csv"), [
            "risk,action,owner,due,status,done",
            $"{risk},Good one,{office},2026-04-01,planned,",
            $"9.9,Unknown risk,{office},2026-04-01,planned,",
            $"{risk},Unknown owner,dean-of-everything,2026-04-01,planned,",
            $"{risk},Bad date,{office},31.31.2026,planned,",
            $"{risk},Bad status,{office},2026-04-01,maybe,",
            $"{risk},Done date but planned,{office},2026-04-01,planned,2026-03-01",
            $"{risk},,{office},2026-04-01,done,",
        ]);
        var before = await h.DumpAsync();

        var ex = await Assert.ThrowsAsync<ImportRefusedException>(() => h.ImportActionsAsync(file));

        Assert.Equal([
            "bad-actions.csv: line 3, column 1 (risk): unknown risk '9.9'",
            "bad-actions.csv: line 4, column 3 (owner): unknown office 'dean-of-everything' (use a code or a name from rules/offices.json)",
            "bad-actions.csv: line 5, column 4 (due): '31.31.2026' is not a date (yyyy-MM-dd, dd.MM.yyyy or dd/MM/yyyy, day first)",
            "bad-actions.csv: line 6, column 5 (status): 'maybe' is not a status: planned, in progress or done (пландалган, аткарылууда, аткарылды; запланировано, выполняется, выполнено)",
            "bad-actions.csv: line 7, column 6 (done): a done date, but the status is 'planned'",
            "bad-actions.csv: line 8, column 2 (action): no action text",
        ], ex.Errors.Select(e => e.ToString().Split(" (the register has", StringSplitOptions.None)[0]));
        Assert.Equal(before, await h.DumpAsync());
    }
}
