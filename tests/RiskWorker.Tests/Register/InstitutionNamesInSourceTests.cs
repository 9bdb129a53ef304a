using System.Text.RegularExpressions;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Register;

/// <summary>
/// The code speaks of no institution: names, office codes and plan text come from the register (rules/register.json).
/// The demo too: its faculties and people are made from the register's own offices and words.
/// </summary>
public sealed partial class InstitutionNamesInSourceTests
{
    [Fact]
    public void Source_CsRazorJson_NameNoInstitutionOfficeOrPlan()
    {
        var src = Path.Combine(RepoPaths.Root, "src");
        var hits = Directory.EnumerateFiles(src, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(Path.Combine(RepoPaths.Root, f)).Select((line, i) => (File: f, Line: i + 1, Match: InstitutionWords().Match(line))))
            .Where(h => h.Match.Success)
            .Select(h => $"{h.File}:{h.Line}: {h.Match.Value}")
            .ToList();

        Assert.True(hits.Count == 0, string.Join(Environment.NewLine, hits));
    }

    [Theory]
    [InlineData("Footer = \"… of Osh Technological University\"")]
    [InlineData("«ОшТУ»")]
    [InlineData("Ош технологиялык университети")]
    [InlineData("\"strategic-planning-office\"")]
    [InlineData("Development Concept 2023–2028")]
    [InlineData("M. M. Adyshev")]
    public void InstitutionWords_OshTuText_Matches(string text) => Assert.Matches(InstitutionWords(), text);

    [Theory]
    [InlineData("Ошондой эле текшерилди")]
    [InlineData("Oshkosh")]
    public void InstitutionWords_WordsThatMerelyStartAlike_DoNotMatch(string text) => Assert.DoesNotMatch(InstitutionWords(), text);

    [GeneratedRegex(@"OshTU|ОшТУ|(?<!\p{L})Osh(?!\p{L})|(?<!\p{L})Ош(?!\p{L})|Адышев|Adyshev|strategic-planning-office|2023[–-]2028|Development Concept|Концепция развития|Өнүгүү концепциясы")]
    private static partial Regex InstitutionWords();
}
