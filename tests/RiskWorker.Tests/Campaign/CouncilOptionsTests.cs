using RiskWorker.Campaign;
using RiskWorker.Cli;
using RiskWorker.Tests.Notify.Support;

namespace RiskWorker.Tests.Campaign;

public sealed class CouncilOptionsTests
{
    private static IEnumerable<string> Failures(CouncilOptions options) => new CouncilOptionsValidator(SharedRules.Value, ReaderWords.English()).Validate(null, options).Failures ?? [];

    [Fact]
    public void Validate_Defaults_MeanNoCampaignAndPass()
    {
        var options = new CouncilOptions();

        Assert.Empty(Failures(options));
        Assert.Null(options.Meeting);
        Assert.Equal("", options.SecretaryLanguage);
    }

    [Fact]
    public void Validate_MeetingWithSecretary_Passes()
    {
        var options = new CouncilOptions { MeetingDate = "2026-12-23", SecretaryEmail = "secretary@example.org", SecretaryLanguage = "en" };

        Assert.Empty(Failures(options));
        Assert.Equal(new DateOnly(2026, 12, 23), options.Meeting);
    }

    [Theory]
    [InlineData("23.12.2026", "secretary@example.org", "ky", "Council:MeetingDate '23.12.2026' is not a date as yyyy-MM-dd.")]
    [InlineData("2026-12-23", "", "ky", "Council:SecretaryEmail is required with Council:MeetingDate")]
    [InlineData("2026-12-23", "Secretary <s@example.org>", "ky", "Council:SecretaryEmail 'Secretary <s@example.org>' is not an email address.")]
    [InlineData("", "secretary@example.org", "de", "Council:SecretaryLanguage 'de' is not a language the register offers (ky, ru, en).")]
    public void Validate_BadSetting_NamesIt(string date, string email, string language, string expected)
    {
        var failure = Assert.Single(Failures(new CouncilOptions { MeetingDate = date, SecretaryEmail = email, SecretaryLanguage = language }));

        Assert.StartsWith(expected, failure, StringComparison.Ordinal);
    }
}
