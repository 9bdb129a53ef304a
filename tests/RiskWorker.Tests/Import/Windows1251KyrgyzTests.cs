using RiskWorker.Import;

namespace RiskWorker.Tests.Import;

/// <summary>A Kyrgyz CSV saved as Windows-1251 (Excel's ANSI "CSV") lost ң ө ү to '?': it is refused saying so, not with "no 'indicator' column".</summary>
public sealed class Windows1251KyrgyzTests
{
    [Fact]
    public async Task ImportIndicators_KyrgyzHeaderIn1251_RefusedSayingSaveAsCsvUtf8AndNothingWritten()
    {
        using var h = new ImportHarness();
        var file = Corpus.Csv(h.Temp.File("ky.csv"), ["көрсөткүч;мезгил;маани", $"{h.Percent.Code};2024;40"], Corpus.Windows1251);
        var before = await h.DumpAsync();

        var ex = await Assert.ThrowsAsync<ImportRefusedException>(() => h.ImportIndicatorsAsync(file));

        Assert.Equal("ky.csv: line 1, column 1: ky.csv was read as Windows-1251, which cannot hold ң ө ү (they became '?' in 'к?рс?тк?ч'); save it as 'CSV UTF-8'",
            Assert.Single(ex.Errors).ToString());
        Assert.Equal(before, await h.DumpAsync());
    }

    [Fact]
    public async Task ImportIndicators_KyrgyzNoteIn1251_RefusedNamingTheLineAndNothingWritten()
    {
        using var h = new ImportHarness();
        var file = Corpus.Csv(h.Temp.File("note.csv"), ["показатель;период;значение;примечание", $"{h.Percent.Code};2024;40;данные", $"{h.Percent.Code};2025;41;өнүгүү планы"], Corpus.Windows1251);
        var before = await h.DumpAsync();

        var ex = await Assert.ThrowsAsync<ImportRefusedException>(() => h.ImportIndicatorsAsync(file));

        Assert.StartsWith("note.csv: line 3, column 4: note.csv was read as Windows-1251", Assert.Single(ex.Errors).ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await h.DumpAsync());
    }

    [Fact]
    public async Task ImportIndicators_RussianQuestionInNoteIn1251_Imported()
    {
        using var h = new ImportHarness();
        var file = Corpus.Csv(h.Temp.File("ru.csv"), ["показатель;период;значение;примечание", $"{h.Percent.Code};2024;40;Почему? Уточнить"], Corpus.Windows1251);

        await h.ImportIndicatorsAsync(file);

        Assert.Contains("Почему? Уточнить", await h.DumpAsync(), StringComparison.Ordinal);
    }
}
