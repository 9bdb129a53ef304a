using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine.Testing;
using RiskWorker.Import;
using RiskWorker.Tests.SecondRegister;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Import;

/// <summary>
/// An import speaks the reader's language (its progress, result, refusal and every row error) and reads the headers of
/// every language the register offers — those of a language a register adds too, with no change to the code.
/// </summary>
public sealed partial class ImportLanguageTests
{
    [Fact]
    public async Task ImportIndicators_UzbekHeadersOfTheSecondRegister_ReadAndReportedInUzbek()
    {
        using var h = new ImportHarness(rules: SecondRegisterRun.Rules);
        var uz = h.Register.Words.For("uz");
        var good = Corpus.Csv(h.Temp.File("qiymatlar.csv"), ["Koʻrsatkich;Davr;Qiymat;Izoh", "STUDENTS_ENROLLED;2025;850;qabul yakunlandi"]);
        var bad = Corpus.Csv(h.Temp.File("xato.csv"), ["koʻrsatkich;davr;summa", "STUDENTS_ENROLLED;2025;850"]);

        var result = await h.Services.GetRequiredService<IndicatorImporter>().ImportAsync(good, false, false, uz, h.Progress, CancellationToken.None);
        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() =>
            h.Services.GetRequiredService<IndicatorImporter>().ImportAsync(bad, false, false, uz, h.Progress, CancellationToken.None));

        Assert.StartsWith("Import qilingan qatorlar: 1;", result.Describe(uz), StringComparison.Ordinal);
        Assert.EndsWith("xato.csv rad etildi (1 ta xato); hech narsa yozilmadi.", refused.Message, StringComparison.Ordinal);
        Assert.StartsWith("xato.csv: 1-qator: sarlavhada 'qiymat' ustuni yoʻq (qabul qilinadi: qiymat, value, qiymati, значение", Assert.Single(refused.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportActions_Russian_EveryRowErrorInRussian()
    {
        using var h = new ImportHarness();
        var ru = h.Register.Words.For("ru");
        var file = Corpus.Csv(h.Temp.File("меры.csv"), ["риск;мероприятие;ответственный;срок;статус", "9.9;x;nobody;31.02.2027;может быть"]);

        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() =>
            h.Services.GetRequiredService<ActionImporter>().ImportAsync(file, false, new DateOnly(2026, 11, 23), ru, h.Progress, CancellationToken.None));

        Assert.EndsWith("меры.csv отклонён (4 ошибки); ничего не записано.", refused.Message, StringComparison.Ordinal);
        string[] expected =
        [
            "меры.csv: строка 2, столбец 1 (риск): неизвестный риск '9.9' (в реестре: ",
            "меры.csv: строка 2, столбец 3 (ответственный): неизвестное подразделение 'nobody'",
            "меры.csv: строка 2, столбец 4 (срок): '31.02.2027' — не дата",
            "меры.csv: строка 2, столбец 5 (статус): 'может быть' — не статус: запланировано, выполняется или выполнено (",
        ];
        Assert.Equal(expected.Length, refused.Errors.Count);
        Assert.All(expected.Zip(refused.Errors), e => Assert.StartsWith(e.First, e.Second.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportIndicators_PseudoLanguage_NoFixedWordOutsideItsBrackets()
    {
        using var temp = new TempDirectory();
        var (rules, _) = await PseudoRegister.MakeAsync(temp);
        using var h = new ImportHarness(rules: rules);
        var qps = h.Register.Words.For(PseudoLanguage.Code);
        var good = Corpus.Csv(h.Temp.File("good.csv"), ["⟦indicator⟧;⟦period⟧;⟦value⟧", $"{h.Percent.Code};2025;40"]);
        var bad = Corpus.Csv(h.Temp.File("bad.csv"), ["⟦indicator⟧;⟦period⟧;⟦value⟧", $"{h.Percent.Code};2025;0,45", $"{h.Count.Code};2025;12%", ";2025;"]);
        var importer = h.Services.GetRequiredService<IndicatorImporter>();
        var progress = new ConsoleProgress(h.Output, terminal: false, fileBytes: 0, qps);

        var result = await importer.ImportAsync(good, false, dryRun: true, qps, progress, CancellationToken.None);
        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() => importer.ImportAsync(bad, false, false, qps, progress, CancellationToken.None));

        var text = string.Join("\n", h.Output.ToString(), result.Describe(qps), refused.Report());
        var allowed = new HashSet<string>(["good.csv", "bad.csv", "UTF-8", h.Percent.Code, h.Count.Code, h.Count.Unit], StringComparer.Ordinal);
        Assert.Equal(4, refused.Errors.Count);
        Assert.Empty(Word().Matches(PseudoRegister.Outside(text)).Select(m => m.Value).Where(w => !allowed.Contains(w)).Distinct());
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}_\-./]*")]
    private static partial Regex Word();
}
