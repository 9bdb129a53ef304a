using RiskWorker.Cli;
using RiskWorker.Tests.SecondRegister;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Cli;

/// <summary>Help is fixed words like every other output: every verb, option and argument described in each offered language.</summary>
public sealed class CommandHelpTests
{
    public static TheoryData<string> Registers => new() { "oshtu", "second" };

    [Theory]
    [MemberData(nameof(Registers))]
    public async Task Describe_EveryOfferedLanguage_DescribesEveryCommandOptionAndArgument(string which)
    {
        var register = await WorkerRules.LoadAsync(which == "oshtu" ? RepoPaths.Rules : SecondRegisterRun.Rules);

        foreach (var language in register.Words.Languages)
        {
            var root = RiskCli.Build();
            var undescribed = CommandHelp.Describe(root, register.Words.For(language));

            Assert.True(undescribed.Count == 0, $"{language}: no words for {string.Join(", ", undescribed)}");
        }
    }

    [Fact]
    public async Task Describe_AVerbWithoutWords_IsNamed()
    {
        var register = await WorkerRules.LoadAsync(RepoPaths.Rules);
        var root = RiskCli.Build();
        root.Subcommands.Add(new System.CommandLine.Command("brand-new") { new System.CommandLine.Option<bool>("--json") });

        var undescribed = CommandHelp.Describe(root, register.Words.For("en"));

        Assert.Equal(["command brand-new"], undescribed);
    }

    [Fact]
    public async Task Help_DefaultAndRussian_InTheRegistersLanguages()
    {
        using var temp = new TempDirectory();

        var kyrgyz = await WorkerProcess.RunAsync(temp.Path, "evaluate", "--help", "--rules", RepoPaths.Rules);
        var russian = await WorkerProcess.RunAsync(temp.Path, "evaluate", "--help", "--lang", "ru", "--rules", RepoPaths.Rules);

        Assert.True(kyrgyz.ExitCode == 0, kyrgyz.ToString());
        Assert.Contains("Ар бир тобокелдикти сакталган маалыматтар боюнча баалап", kyrgyz.Out, StringComparison.Ordinal);
        Assert.Contains("Таблицанын ордуна JSON чыгаруу", kyrgyz.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Rate every risk", kyrgyz.Out, StringComparison.Ordinal);
        Assert.True(russian.ExitCode == 0, russian.ToString());
        Assert.Contains("Оценить каждый риск по сохранённым данным", russian.Out, StringComparison.Ordinal);
        Assert.Contains("Вывести JSON вместо таблицы", russian.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_CommandLineThatDoesNotParse_ShowsTheErrorAndHelpInTheLastLanguageGiven()
    {
        using var temp = new TempDirectory();

        var run = await WorkerProcess.RunAsync(temp.Path, "evaluate", "--lang", "en", "--lang", "ru", "--rules", RepoPaths.Rules);

        Assert.NotEqual(0, run.ExitCode);
        Assert.DoesNotContain("Unhandled exception", run.Error, StringComparison.Ordinal);
        Assert.Contains("Оценить каждый риск по сохранённым данным", run.Out + run.Error, StringComparison.Ordinal);
    }
}
