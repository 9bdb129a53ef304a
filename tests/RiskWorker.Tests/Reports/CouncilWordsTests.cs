using System.Reflection;
using RiskWorker.Reports.Council;

namespace RiskWorker.Tests.Reports;

public sealed class CouncilWordsTests
{
    [Theory]
    [InlineData("ky", "ky-KG")]
    [InlineData("ru", "ru-RU")]
    [InlineData("en", "en-GB")]
    [InlineData("RU-ru", "ru-RU")]
    [InlineData("de", "ky-KG")]
    public void For_Language_LoadsEveryWordInThatCulture(string language, string culture)
    {
        var words = CouncilWords.For(language);

        Assert.Equal(culture, words.Culture);
        Assert.All(Texts(words), w => Assert.False(string.IsNullOrWhiteSpace(w.Value), w.Name));
    }

    [Theory]
    [InlineData("ky")]
    [InlineData("ru")]
    [InlineData("en")]
    public void Of_LevelsAndMovement_ReadTheSameInThePackTheMailsAndTheCommandLine(string language)
    {
        var pack = CouncilWords.For(language);
        var mail = RiskWorker.Tests.Notify.Support.SharedRules.Value.Words.For(language);

        Assert.All(Enum.GetValues<RiskEngine.RiskLevel>(), level =>
            Assert.Equal((RiskWorker.Output.Labels.Level(level, language), RiskWorker.Output.Labels.Level(level, language)), (pack.Of(level), RiskWorker.Notifications.Templates.MailPhrases.Level(mail, level))));
        Assert.All(Enum.GetValues<RiskEngine.Movement>(), m => Assert.Equal(RiskWorker.Output.Labels.Movement(m, language), pack.Of(m)));
    }

    [Fact]
    public void Of_KyrgyzLevels_AdjectivesAsAKyrgyzReaderWritesThem() =>
        Assert.Equal(["төмөн", "орточо", "жогорку", "критикалык"], Enum.GetValues<RiskEngine.RiskLevel>().Select(CouncilWords.For("ky").Of));

    [Fact]
    public void For_ThreeLanguages_TranslatedNotCopied()
    {
        var ky = Texts(CouncilWords.For("ky")).ToDictionary(w => w.Name, w => w.Value);
        var en = Texts(CouncilWords.For("en")).ToDictionary(w => w.Name, w => w.Value);

        var copied = ky.Where(w => w.Value == en[w.Key] && !w.Key.StartsWith("Date", StringComparison.Ordinal)).Select(w => w.Key).ToList();
        Assert.Empty(copied);
        Assert.Contains(ky.Values, v => v.Contains('ң', StringComparison.Ordinal));
    }

    private static IEnumerable<(string Name, string Value)> Texts(CouncilWords words) =>
        typeof(CouncilWords).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string)).Select(p => (p.Name, (string)p.GetValue(words)!));
}
