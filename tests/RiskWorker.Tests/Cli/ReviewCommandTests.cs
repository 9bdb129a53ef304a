using Microsoft.Extensions.DependencyInjection;
using RiskEngine;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Cli;

public sealed class ReviewCommandTests
{
    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task ReviewMark_AfterEvaluations_MarksTheLatestOnOrBeforeTheDate(TestStore store)
    {
        using var temp = new TempDirectory();
        using var database = new TestDatabase(store, temp.Path);
        await Worker(temp, database, 0, "demo");
        await Worker(temp, database, 0, "evaluate", "--as-of", "2025-11-23");
        await Worker(temp, database, 0, "evaluate", "--as-of", "2026-11-23");

        var run = await Worker(temp, database, 0, "review", "mark", "--date", "2026-01-15");

        Assert.Contains("evaluation #1 (data as of 2025-11-23)", run.Out, StringComparison.Ordinal);
        await using var services = new ServiceCollection().AddWorkerEngine(o => { o.DatabasePath = database.Setting; o.RulesDirectory = RepoPaths.Rules; }).BuildServiceProvider();
        var review = await services.GetRequiredService<IAssessmentHistory>().GetLastReviewAsync();
        Assert.Equal((new DateOnly(2026, 1, 15), new DateOnly(2025, 11, 23)), (review!.Value.ReviewedOn, review.Value.Evaluation.AsOf));
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task ReviewMark_EvaluationOfThePack_MarksThatOneNotTheLatest(TestStore store)
    {
        using var temp = new TempDirectory();
        using var database = new TestDatabase(store, temp.Path);
        await Worker(temp, database, 0, "demo");
        await Worker(temp, database, 0, "evaluate", "--as-of", "2026-11-16");
        await Worker(temp, database, 0, "evaluate", "--as-of", "2026-11-23");

        var run = await Worker(temp, database, 0, "review", "mark", "--date", "2026-11-23", "--evaluation", "1");
        var after = await Worker(temp, database, 2, "review", "mark", "--date", "2026-11-20", "--evaluation", "2");
        var missing = await Worker(temp, database, 2, "review", "mark", "--date", "2026-11-23", "--evaluation", "9");

        Assert.Contains("evaluation #1 (data as of 2026-11-16)", run.Out, StringComparison.Ordinal);
        Assert.Contains("Evaluation #2 holds data as of 2026-11-23, after the review of 2026-11-20", after.Error, StringComparison.Ordinal);
        Assert.Contains("Evaluation #9 does not exist", missing.Error, StringComparison.Ordinal);
        await using var services = new ServiceCollection().AddWorkerEngine(o => { o.DatabasePath = database.Setting; o.RulesDirectory = RepoPaths.Rules; }).BuildServiceProvider();
        var review = await services.GetRequiredService<IAssessmentHistory>().GetLastReviewAsync();
        Assert.Equal((new DateOnly(2026, 11, 23), (long?)1), (review!.Value.ReviewedOn, review.Value.Evaluation.Id));
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task ReviewMark_NoEvaluationYet_ExitsTwoWithMessage(TestStore store)
    {
        using var temp = new TempDirectory();
        using var database = new TestDatabase(store, temp.Path);

        var run = await Worker(temp, database, 2, "review", "mark", "--date", "2026-01-15");

        Assert.Contains("run an evaluation first", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewMark_StoreRefusesInRussian_SaysItInRussian()
    {
        using var temp = new TempDirectory();
        var db = temp.File("r.db");

        var none = await WorkerProcess.RunAsync(temp.Path, "review", "mark", "--date", "2026-01-15", "--lang", "ru", "--db", db, "--rules", RepoPaths.Rules);
        Assert.Equal(0, (await WorkerProcess.RunAsync(temp.Path, "demo", "--db", db, "--rules", RepoPaths.Rules)).ExitCode);
        Assert.Equal(0, (await WorkerProcess.RunAsync(temp.Path, "evaluate", "--as-of", "2026-11-23", "--db", db, "--rules", RepoPaths.Rules)).ExitCode);
        var after = await WorkerProcess.RunAsync(temp.Path, "review", "mark", "--date", "2026-11-20", "--evaluation", "1", "--lang", "ru", "--db", db, "--rules", RepoPaths.Rules);
        var missing = await WorkerProcess.RunAsync(temp.Path, "review", "mark", "--date", "2026-11-23", "--evaluation", "9", "--lang", "ru", "--db", db, "--rules", RepoPaths.Rules);

        Assert.True(none.ExitCode == 2, none.ToString());
        Assert.Contains("Нет оценки на 2026-01-15 или раньше: сначала выполните оценку.", none.Error, StringComparison.Ordinal);
        Assert.Contains("Оценка №1 содержит данные на 2026-11-23 — позже рассмотрения 2026-11-20.", after.Error, StringComparison.Ordinal);
        Assert.Contains("Оценки №9 не существует.", missing.Error, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task ReviewMark_FutureDate_ExitsTwoAndRecordsNothing(TestStore store)
    {
        using var temp = new TempDirectory();
        using var database = new TestDatabase(store, temp.Path);
        await Worker(temp, database, 0, "demo");
        await Worker(temp, database, 0, "evaluate", "--as-of", "2025-11-23");

        var run = await Worker(temp, database, 2, "review", "mark", "--date", "2999-01-01");

        Assert.Contains("in the future", run.Error, StringComparison.Ordinal);
        await using var services = new ServiceCollection().AddWorkerEngine(o => { o.DatabasePath = database.Setting; o.RulesDirectory = RepoPaths.Rules; }).BuildServiceProvider();
        Assert.Null(await services.GetRequiredService<IAssessmentHistory>().GetLastReviewAsync());
    }

    [Fact]
    public async Task ReviewMark_MissingOrBadDate_FailsNamingTheFormat()
    {
        using var temp = new TempDirectory();

        var missing = await WorkerProcess.RunAsync(temp.Path, "review", "mark", "--db", temp.File("r.db"));
        var bad = await WorkerProcess.RunAsync(temp.Path, "review", "mark", "--date", "15.01.2026", "--db", temp.File("r.db"));

        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("--date", missing.Error + missing.Out, StringComparison.Ordinal);
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("YYYY-MM-DD", bad.Error + bad.Out, StringComparison.Ordinal);
    }

    private static async Task<WorkerResult> Worker(TempDirectory temp, TestDatabase database, int expectedExit, params string[] args)
    {
        var run = await WorkerProcess.RunAsync(temp.Path, [.. args, "--lang", "en", "--db", database.Setting, "--rules", RepoPaths.Rules]);
        Assert.True(run.ExitCode == expectedExit, run.ToString());
        return run;
    }
}
