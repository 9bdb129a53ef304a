using RiskEngine;
using RiskWorker.Output;
using RiskWorker.Reports.Council;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Reports;

/// <summary>The pack's fixed words, as the register's word catalogue gives them (<c>pack.*</c> in <c>Words/&lt;language&gt;.json</c>).</summary>
public sealed class PackWordsTests
{
    [Theory]
    [InlineData("ky", "ky-KG")]
    [InlineData("ru", "ru-RU")]
    [InlineData("en", "en-GB")]
    [InlineData("RU-ru", "ru-RU")]
    [InlineData("de", "ky-KG")]
    public void PackText_Language_EveryPackWordInThatCulture(string language, string culture)
    {
        var text = new PackText(language, ShippedRegister.Value, new Dictionary<string, LocalizedText>());

        Assert.Equal(culture, text.Culture.Name);
        Assert.All(PackKeys(text.Words), key => Assert.False(string.IsNullOrWhiteSpace(text.Words[key]), key));
        Assert.True(PackKeys(text.Words).Count() > 100);
    }

    [Theory]
    [InlineData("ky")]
    [InlineData("ru")]
    [InlineData("en")]
    public void Level_LevelsAndMovement_ReadTheSameInThePackAndTheCatalogue(string language)
    {
        var words = ShippedRegister.Value.Words.For(language);
        var pack = new PackText(language, ShippedRegister.Value, new Dictionary<string, LocalizedText>());

        Assert.All(Enum.GetValues<RiskLevel>(), level => Assert.Equal(words.Level(level), pack.Level(level)));
        Assert.All(Enum.GetValues<Movement>(), m => Assert.Equal(words.Movement(m), pack.Of(m)));
    }

    [Fact]
    public void Level_KyrgyzLevels_AdjectivesAsAKyrgyzReaderWritesThem() =>
        Assert.Equal(["төмөн", "орточо", "жогорку", "критикалык"], Enum.GetValues<RiskLevel>().Select(new PackText("ky", ShippedRegister.Value, new Dictionary<string, LocalizedText>()).Level));

    [Fact]
    public void Words_ThreeLanguages_TranslatedNotCopied()
    {
        var ky = ShippedRegister.Value.Words.For("ky");
        var en = ShippedRegister.Value.Words.For("en");

        var copied = PackKeys(ky).Where(k => k != "pack.date-format" && ky[k] == en[k]).ToList();
        Assert.Empty(copied);
        Assert.Contains(PackKeys(ky), k => ky[k].Contains('ң', StringComparison.Ordinal));
    }

    private static IEnumerable<string> PackKeys(RiskEngine.Words words) => words.Keys.Where(k => k.StartsWith("pack.", StringComparison.Ordinal) && IsText(words, k));

    // Plural words (pack.days-overdue) are read with Plural, not the indexer.
    private static bool IsText(RiskEngine.Words words, string key)
    {
        try
        {
            _ = words[key];
            return true;
        }
        catch (KeyNotFoundException)
        {
            return false;
        }
    }
}
