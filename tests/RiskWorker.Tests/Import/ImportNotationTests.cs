using Microsoft.Extensions.DependencyInjection;
using RiskEngine;
using RiskWorker.Import;

namespace RiskWorker.Tests.Import;

/// <summary>Notations people and Excel use that the import must read, or refuse with a message a person can act on.</summary>
public sealed class ImportNotationTests
{
    [Fact]
    public async Task Import_QuotedMultiLineFields_ErrorNamesTheRecordsFirstLineOnOneLine()
    {
        using var h = new ImportHarness();
        var p = h.Percent.Code;
        var file = Corpus.Csv(h.Temp.File("multi.csv"), ["indicator;period;value;note", $"{p};2024;40;\"first\r\nsecond\"", $"{p};2025;x;", $"{p};2026;\"4\r\n5\";"]);

        var ex = await Assert.ThrowsAsync<ImportRefusedException>(() => h.ImportIndicatorsAsync(file));

        Assert.Equal([
            "multi.csv: line 4, column 3 (value): 'x' is not a number",
            @"multi.csv: line 5, column 3 (value): '4\r\n5' is not a number",
        ], ex.Errors.Select(e => e.ToString()));
        Assert.Equal(3, ex.Report().Split('\n').Length); // the message and two errors: no line broken by a value
    }

    [Fact]
    public async Task Import_DayFirstSlashDates_ReadAsPeriodsAndActionDates()
    {
        using var h = new ImportHarness();
        var (risk, office) = (h.Register.Risks[0].Code, h.Register.Offices[0].Code);
        var values = Corpus.Csv(h.Temp.File("values.csv"), ["indicator;period;value", $"{h.Percent.Code};30/06/2025;40", $"{h.Percent.Code};1/7/2025;41"]);
        var actions = Corpus.Csv(h.Temp.File("actions.csv"), ["risk;action;owner;due;status;done", $"{risk};Plan;{office};30/06/2026;done;1/7/2026"]);

        await h.ImportIndicatorsAsync(values);
        await h.ImportActionsAsync(actions);

        Assert.Equal(["2025-06-30", "2025-07-01"], (await h.Observations.GetAllAsync()).Select(o => o.Period));
        var action = Assert.Single(await h.Services.GetRequiredService<IMitigationActionStore>().GetAllAsync());
        Assert.Equal(((DateOnly?)new DateOnly(2026, 6, 30), (DateOnly?)new DateOnly(2026, 7, 1)), (action.Due, action.DoneOn));
    }

    [Fact]
    public async Task Import_CountWithSpaceOrPercentWithThreeDecimals_Accepted()
    {
        using var h = new ImportHarness();
        var file = Corpus.Csv(h.Temp.File("values.csv"), ["indicator;period;value", $"{h.Count.Code};2024;1 234", $"{h.Count.Code};2025;12", $"{h.Percent.Code};2024;45,500"]);

        await h.ImportIndicatorsAsync(file);

        Assert.Equal([1234, 12, 45.5], (await h.Observations.GetAllAsync()).OrderBy(o => o.Indicator != h.Count.Code).ThenBy(o => o.Period).Select(o => o.Value));
    }
}
