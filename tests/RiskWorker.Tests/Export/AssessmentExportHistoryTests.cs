using Microsoft.Extensions.DependencyInjection;
using RiskEngine;
using RiskWorker.Export;
using RiskWorker.Tests.Import;

namespace RiskWorker.Tests.Export;

public sealed class AssessmentExportHistoryTests
{
    [Fact]
    public async Task ExportAsync_PastDateEvaluatedBeforeANewerOne_UsesTheStoredPastEvaluation()
    {
        using var h = new ImportHarness();
        var evaluator = h.Services.GetRequiredService<IRiskEvaluator>();
        var past = await evaluator.EvaluateAsync(new DateOnly(2026, 9, 1));
        await evaluator.EvaluateAsync(new DateOnly(2026, 11, 23));

        var result = await h.Services.GetRequiredService<AssessmentExporter>().ExportAsync(new DateOnly(2026, 9, 1), "csv", "en", h.Temp.File("past.csv"), CancellationToken.None);

        Assert.True(result.FromStored);
        Assert.Equal(past.Id, result.EvaluationId);
    }
}
