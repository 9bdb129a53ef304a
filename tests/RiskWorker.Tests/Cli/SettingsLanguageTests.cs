using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Cli;

/// <summary>
/// Settings refused at start are said in the reader's language (<c>--lang</c>, else the register's default), the
/// setting's name kept as it is written: the worker's validators and the engine's alike; so is a date option that does not read.
/// </summary>
public sealed class SettingsLanguageTests
{
    [Fact]
    public async Task SendPending_SmtpPortOutOfRangeInRussian_SaysItInRussianNamingTheSetting()
    {
        using var temp = new TempDirectory();
        var environment = new Dictionary<string, string> { ["Smtp__Port"] = "70000", ["Smtp__PickupDirectory"] = temp.File("pickup") };

        var run = await WorkerProcess.RunAsync(temp.Path, environment, "send-pending", "--lang", "ru", "--db", temp.File("r.db"), "--rules", RepoPaths.Rules);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("Ошибка настроек: Smtp:Port должен быть от 1 до 65535 (0 — обычный порт для Smtp:Security).", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("must be", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_EngineSettingOutOfRangeInRussian_SaysItInRussianNamingTheSetting()
    {
        using var temp = new TempDirectory();
        var environment = new Dictionary<string, string> { ["RiskEngine__StaleGraceDays"] = "5000" };

        var run = await WorkerProcess.RunAsync(temp.Path, environment, "evaluate", "--lang", "ru", "--db", temp.File("r.db"), "--rules", RepoPaths.Rules);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("Ошибка настроек: RiskEngine:StaleGraceDays должен быть от 0 до 3650.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("must be", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "--as-of принимает дату в виде ГГГГ-ММ-ДД (YYYY-MM-DD)")]
    [InlineData(null, "--as-of датаны ЖЖЖЖ-АА-КК (YYYY-MM-DD) түрүндө кабыл алат")]
    public async Task Evaluate_AsOfNotADate_SaysItInTheVerbsLanguage(string? language, string expected)
    {
        using var temp = new TempDirectory();
        string[] lang = language is null ? [] : ["--lang", language];

        var run = await WorkerProcess.RunAsync(temp.Path, ["evaluate", "--as-of", "23.11.2026", .. lang, "--db", temp.File("r.db"), "--rules", RepoPaths.Rules]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("takes a date", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ScheduleNotACronInRussian_SaysItInRussianNamingTheSetting()
    {
        using var temp = new TempDirectory();
        var environment = new Dictionary<string, string> { ["Schedule__Digest"] = "every monday" };

        var run = await WorkerProcess.RunAsync(temp.Path, environment, "run", "--lang", "ru", "--db", temp.File("r.db"), "--rules", RepoPaths.Rules);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("Schedule:Digest 'every monday' — не выражение cron Quartz", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("is not a Quartz", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CampaignStatus_BodyCadenceUnknownNoLang_SaysItInTheRegistersDefaultKyrgyz()
    {
        using var temp = new TempDirectory();
        var environment = new Dictionary<string, string> { ["Reviews__Bodies__council__Cadence"] = "fortnightly" };

        var run = await WorkerProcess.RunAsync(temp.Path, environment, "campaign", "status", "--db", temp.File("r.db"), "--rules", RepoPaths.Rules);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("Reviews:Bodies:council:Cadence 'fortnightly' — yearly, quarterly, monthly да, Quartz cron туюнтмасы да эмес.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_FallbackEmailNotAnAddressNoLang_SaysItInTheRegistersDefaultKyrgyz()
    {
        using var temp = new TempDirectory();
        var environment = new Dictionary<string, string> { ["Notifications__FallbackEmail"] = "planning office" };

        var run = await WorkerProcess.RunAsync(temp.Path, environment, "run", "--db", temp.File("r.db"), "--rules", RepoPaths.Rules);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("Жөндөөлөрдө ката: Notifications:FallbackEmail «planning office» электрондук почта дареги эмес.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
