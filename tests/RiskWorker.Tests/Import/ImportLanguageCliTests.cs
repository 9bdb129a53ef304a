using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Import;

/// <summary>The importing verbs write in <c>--lang</c>, else in the register's default language (Kyrgyz for OshTU).</summary>
public sealed class ImportLanguageCliTests
{
    [Fact]
    public async Task ImportIndicators_RussianThenDefault_SummaryAndRefusalInThatLanguage()
    {
        using var h = new ImportHarness();
        var p = h.Percent.Code;
        var db = h.Temp.File("cli.db");
        var good = Corpus.Csv(h.Temp.File("good.csv"), ["Показатель;Период;Значение", $"{p};2024;45,5"]);
        var bad = Corpus.Csv(h.Temp.File("bad.csv"), ["Показатель;Период;Значение", $"{p};2027;много"]);

        var russian = await Run(h, "import", "indicators", good, "--lang", "ru", "--db", db);
        var refused = await Run(h, "import", "indicators", bad, "--lang", "ru", "--db", db);
        var kyrgyz = await Run(h, "import", "indicators", bad, "--db", db);

        Assert.True(russian.ExitCode == 0, russian.ToString());
        Assert.Contains("good.csv: CSV, UTF-8, разделитель ';'", russian.Out, StringComparison.Ordinal);
        Assert.Contains("Импортировано строк: 1; показателей: 1, подразделений: 1, периодов: 1; новых значений: 1, заменено: 0.", russian.Out, StringComparison.Ordinal);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("bad.csv отклонён (1 ошибка); ничего не записано.", refused.Error, StringComparison.Ordinal);
        Assert.Contains("bad.csv: строка 2, столбец 3 (значение): 'много' — не число", refused.Error, StringComparison.Ordinal);
        Assert.Contains("bad.csv кабыл алынган жок (1 ката); эч нерсе жазылган жок.", kyrgyz.Error, StringComparison.Ordinal);
        Assert.Contains("bad.csv: 2-сап, 3-мамыча (маани): 'много' сан эмес", kyrgyz.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScopesImport_NamesPerLanguage_ListedInTheLanguageAsked()
    {
        using var h = new ImportHarness();
        var db = h.Temp.File("cli.db");
        var file = Corpus.Csv(h.Temp.File("scopes.csv"), ["code;name;name:ru;kind", "FIT;Маалыматтык технологиялар факультети;Факультет информационных технологий;факультет"]);

        var imported = await Run(h, "scopes", "import", file, "--lang", "ru", "--db", db);
        var russian = await Run(h, "scopes", "list", "--lang", "ru", "--db", db);
        var kyrgyz = await Run(h, "scopes", "list", "--db", db);

        Assert.True(imported.ExitCode == 0, imported.ToString());
        Assert.Contains("Сохранено подразделений: 1; новых: 1, обновлено: 0.", imported.Out, StringComparison.Ordinal);
        Assert.Matches(@"FIT +факультет +Факультет информационных технологий", russian.Out);
        Assert.Contains("Маалыматтык технологиялар факультети", kyrgyz.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Факультет информационных технологий", kyrgyz.Out, StringComparison.Ordinal);
    }

    private static Task<WorkerResult> Run(ImportHarness h, params string[] args) => WorkerProcess.RunAsync(h.Temp.Path, [.. args, "--rules", RepoPaths.Rules]);
}
