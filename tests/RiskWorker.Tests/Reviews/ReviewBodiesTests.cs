using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RiskEngine;
using RiskEngine.Testing;
using RiskWorker.Reviews;
using RiskWorker.Tests.Notify.Support;
using RiskWorker.Tests.Reviews.Support;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Reviews;

public sealed class ReviewBodiesTests
{
    [Fact]
    public void Get_CouncilSectionOnly_IsTheDefaultBodyWithTodaysSettings()
    {
        var council = Bodies(new() { ["Council:MeetingDate"] = "2026-12-23", ["Council:SecretaryEmail"] = "s@example.org", ["Council:SecretaryLanguage"] = "ru" }).Get(null);

        Assert.Equal(("council", "Academic Council", "yearly", "s@example.org", "ru"), (council.Id, council.Name.Get("en"), council.Cadence.Text, council.SecretaryEmail, council.Language));
        Assert.Equal(CampaignWindows.Yearly, council.Windows);
        Assert.Equal(11, council.RiskCodes.Count);
        Assert.Equal((new DateOnly(2026, 12, 23), new DateOnly(2027, 12, 23)), (council.MeetingFor(new DateOnly(2026, 12, 23)), council.MeetingFor(new DateOnly(2026, 12, 24))));
    }

    [Fact]
    public void Get_QuarterlyBody_CoversItsCategoriesAndRisksAndMeetsEveryThreeMonths()
    {
        var sdc = Bodies(SdcBody.Environment("2026-12-17").ToDictionary(kv => kv.Key.Replace("__", ":", StringComparison.Ordinal), kv => (string?)kv.Value)).Get("sdc");

        Assert.Equal(SdcBody.Risks, sdc.RiskCodes);
        Assert.Equal(CampaignWindows.Quarterly, sdc.Windows);
        Assert.Equal(new DateOnly(2027, 3, 17), sdc.MeetingFor(new DateOnly(2026, 12, 18)));
        Assert.Equal("Reviews:Bodies:sdc", sdc.SettingPrefix);
    }

    [Fact]
    public void Get_CronCadenceWithoutDate_MeetsOnItsNextDayWithMonthlyWindows()
    {
        var rectorate = Bodies(new()
        {
            ["Reviews:Bodies:rectorate:Name:Ky"] = "Ректорат", ["Reviews:Bodies:rectorate:Name:Ru"] = "Ректорат", ["Reviews:Bodies:rectorate:Name:En"] = "Rectorate",
            ["Reviews:Bodies:rectorate:Cadence"] = "0 0 10 15 * ?", ["Reviews:Bodies:rectorate:SecretaryEmail"] = "rectorate@example.org",
        }).Get("rectorate");

        Assert.Equal(new DateOnly(2027, 1, 15), rectorate.MeetingFor(new DateOnly(2026, 12, 16)));
        Assert.Equal(CampaignWindows.Monthly, rectorate.Windows);
    }

    [Theory]
    [InlineData("Reviews:Bodies:sdc:RequestDays", "100", "Reviews:Bodies:sdc:RequestDays (100) must be under the 89 days between two quarterly meetings")]
    [InlineData("Reviews:Bodies:sdc:Cadence", "fortnightly", "Reviews:Bodies:sdc:Cadence 'fortnightly' is not yearly, quarterly, monthly or a Quartz cron expression.")]
    [InlineData("Reviews:Bodies:sdc:MeetingDate", "17.12.2026", "Reviews:Bodies:sdc:MeetingDate '17.12.2026' is not a date as yyyy-MM-dd.")]
    [InlineData("Reviews:Bodies:sdc:Name:En", "", "Reviews:Bodies:sdc:Name needs a name in every language the register offers: Reviews:Bodies:sdc:Name:en missing.")]
    [InlineData("Reviews:Bodies:sdc:Name:de", "Kommission", "Reviews:Bodies:sdc:Name:de: the register offers no language 'de' (ky, ru, en).")]
    [InlineData("Reviews:Bodies:sdc:Language", "de", "Reviews:Bodies:sdc:Language 'de' is not a language the register offers (ky, ru, en).")]
    [InlineData("Reviews:Bodies:council:Name:ru", "Совет", "Reviews:Bodies:council:Name needs a name in every language the register offers: Reviews:Bodies:council:Name:ky, Reviews:Bodies:council:Name:en missing.")]
    [InlineData("Reviews:Bodies:sdc:Risks:1", "9.9", "Reviews:Bodies:sdc:Risks: no risk '9.9' in the register.")]
    [InlineData("Reviews:Bodies:sdc:Cadense", "monthly", "'Cadense'")]
    public void Get_BadSetting_RefusedNamingIt(string key, string value, string expected)
    {
        var settings = SdcBody.Environment("2026-12-17").ToDictionary(kv => kv.Key.Replace("__", ":", StringComparison.Ordinal), kv => (string?)kv.Value);
        settings[key] = value;

        var ex = Assert.Throws<OptionsValidationException>(() => Bodies(settings).Get("sdc"));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_RegisterAddsALanguage_CouncilIsNamedInItFromTheWordsAndABodyWithoutThatNameIsRefused()
    {
        using var temp = new TempDirectory();
        var (rules, set) = await PseudoRegister.MakeAsync(temp);
        var sdc = SdcBody.Environment("2026-12-17").ToDictionary(kv => kv.Key.Replace("__", ":", StringComparison.Ordinal), kv => (string?)kv.Value);

        var council = Bodies([], set, rules).Council;
        var ex = Assert.Throws<OptionsValidationException>(() => Bodies(sdc, set, rules).Get("sdc"));

        Assert.Equal((PseudoLanguage.Of("Academic Council"), "Окумуштуулар кеңеши", "ky"), (council.Name.Get(PseudoLanguage.Code), council.Name.Get("ky"), council.Language));
        Assert.Contains($"Reviews:Bodies:sdc:Name needs a name in every language the register offers: Reviews:Bodies:sdc:Name:{PseudoLanguage.Code} missing.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_UnknownBody_NamesTheConfiguredOnes()
    {
        var ex = Assert.Throws<UnknownReviewBodyException>(() => Bodies([]).Get("senate"));

        Assert.Equal("--body 'senate': no such review body (configured: council; add others under Reviews:Bodies).", ex.Line.In(ShippedRegister.English));
    }

    private static ReviewBodies Bodies(Dictionary<string, string?> settings, RiskEngine.Rules.CompiledRuleSet? rules = null, string? directory = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton(rules ?? SharedRules.Value);
        services.AddWorkerEngine(o => o.RulesDirectory = directory ?? RepoPaths.Rules);
        services.AddReviewBodies(configuration);
        return services.BuildServiceProvider().GetRequiredService<ReviewBodies>();
    }
}
