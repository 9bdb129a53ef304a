using System.Text.Json;
using System.Text.RegularExpressions;
using MimeKit;

namespace RiskWorker.Tests.SecondRegister;

/// <summary>
/// A register written by someone else, in its own folder, with a fourth language: every verb runs on it and no output
/// speaks of OshTU; its own names and its Uzbek words appear instead (see <see cref="SecondRegisterRun"/>).
/// </summary>
public sealed partial class SecondRegisterProcessTests(SecondRegisterRun run) : IClassFixture<SecondRegisterRun>
{
    [Fact]
    public void EveryVerb_SecondRegister_Succeeds()
    {
        Assert.All(run.Runs, r => Assert.True(r.ExitCode == 0, r.ToString()));
        // The verbs speak the register's default language, Uzbek, which the engine does not ship: from the register's words/uz.json.
        Assert.Contains("xavflar — 4, toifalar — 3, indikatorlar — 8, qoidalar — 13, boʻlinmalar — 6", run.Text("rules-check"), StringComparison.Ordinal);
        Assert.Contains("Masʼullar saqlandi: 3", run.Text("owners-import"), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryOutput_SecondRegister_NamesNoOshTuNameCodeOrPlan()
    {
        Assert.NotEmpty(run.Outputs);
        var found = run.Outputs.SelectMany(o => OshTuText.FoundIn(o.Text).Select(hit => $"{o.Name}: {hit}")).ToList();

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    [Fact]
    public void EveryOutput_SecondRegister_SpeaksOfNoUniversityAndNoConcept()
    {
        // The register is an institute with a strategic plan: a university or a concept could only come from OshTU's shape.
        // (The institution-wide scope's code, "university" in lower case, is an identifier of stored data and is let be.)
        var found = run.Outputs.SelectMany(o => UniversityOrConcept().Matches(o.Text).Select(m => $"{o.Name}: {m.Value}")).Distinct().ToList();

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    [Fact]
    public void Demo_SecondRegister_PeopleAndFacultiesMadeFromItsOwnOfficesLanguagesAndWords()
    {
        using var owners = JsonDocument.Parse(run.Text("owners-demo"));
        var people = owners.RootElement.EnumerateArray().Select(o => (
            Name: o.GetProperty("name").GetString()!, Email: o.GetProperty("email").GetString()!, Language: o.GetProperty("language").GetString()!,
            Role: o.GetProperty("roles").EnumerateArray().Single().GetString()!, Illustrative: o.GetProperty("illustrative").GetBoolean()))
            .OrderBy(p => Array.IndexOf(Offices, p.Role)).ToList();

        // Six offices, the last but the fallback (raqamli-markaz) left unheld; languages take turns, Uzbek first.
        Assert.Equal(Offices[..^1], people.Select(p => p.Role));
        Assert.Equal(["uz", "ru", "uz", "ru", "uz"], people.Select(p => p.Language));
        Assert.All(people, p => Assert.True(p.Illustrative));
        Assert.Equal(("Direktor (illyustrativ)", "direktor@example.org"), (people[0].Name, people[0].Email));
        Assert.StartsWith("Учебный отдел (", people[1].Name, StringComparison.Ordinal);
        Assert.Equal(SecondRegisterRun.FallbackEmail, people[^1].Email);
        Assert.Contains("1-fakultet (illyustrativ)", run.Text("scopes"), StringComparison.Ordinal);
        Assert.Contains("1-institut (illyustrativ)", run.Text("scopes"), StringComparison.Ordinal);
        Assert.Contains("NTI (xayoliy)", run.Text("demo"), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SecondRegister_RatesItsOwnRisksWithItsLinkInUzbekAndRussian()
    {
        using var json = JsonDocument.Parse(run.Text("evaluate-json"));
        var text = json.RootElement.GetRawText();
        foreach (var code in new[] { "A1", "A2", "B1", "C1" }) Assert.Contains($"\"{code}\"", text, StringComparison.Ordinal);
        Assert.Contains("Talabalar sonining kamayishi", run.Text("evaluate"), StringComparison.Ordinal);
        Assert.Contains("Сокращение числа студентов", run.Text("evaluate-ru"), StringComparison.Ordinal);
        Assert.Contains("Talabalar sonining kamayishi", run.Text("register.csv"), StringComparison.Ordinal);
        Assert.Contains("Namuna texnika instituti (xayoliy)", run.Text("register.xlsx"), StringComparison.Ordinal);
    }

    [Fact]
    public void DigestSend_SecondRegister_OneDigestPerDemoPersonInTheirLanguageWithTheRegistersNames()
    {
        Assert.Equal(5, run.Digests.Count);
        var uz = run.Digests.Where(m => m.Body!.Headers[HeaderId.ContentLanguage] == "uz").ToList();
        var ru = run.Digests.Where(m => m.Body!.Headers[HeaderId.ContentLanguage] == "ru").ToList();
        Assert.Equal((3, 2), (uz.Count, ru.Count));
        Assert.All(uz, m => Assert.Contains("ILLYUSTRATIV DEMO MAʼLUMOTLAR", m.TextBody, StringComparison.Ordinal));
        Assert.All(ru, m => Assert.Contains("ИЛЛЮСТРАТИВНЫЕ ДЕМО-ДАННЫЕ", m.TextBody, StringComparison.Ordinal));
        var direktor = run.Digests.Single(m => m.To.Mailboxes.Single().Address == "direktor@example.org");
        Assert.Contains("Talabalar sonining kamayishi", direktor.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Namuna texnika instituti (xayoliy)", direktor.HtmlBody, StringComparison.Ordinal);
        // The unheld digital centre's risk reaches the fallback office's person.
        var fallback = run.Digests.Single(m => m.To.Mailboxes.Single().Address == SecondRegisterRun.FallbackEmail);
        Assert.Contains("Raqamli infratuzilmaning zaifligi", fallback.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportCouncil_SecondRegister_PackInUzbekAndRussianNamesTheInstitutionAndItsPlan()
    {
        // The Council's pack in the register's default language (no --lang), and in Russian.
        var uz = run.Outputs.Single(o => o.Name.EndsWith(".html", StringComparison.Ordinal) && !o.Name.EndsWith("-ru.html", StringComparison.Ordinal)).Text;
        var ru = run.Outputs.Single(o => o.Name.EndsWith("-ru.html", StringComparison.Ordinal)).Text;
        var pdf = run.Outputs.Single(o => o.Name.EndsWith(".pdf", StringComparison.Ordinal)).Text;

        Assert.Contains("Namuna texnika instituti (xayoliy)", uz, StringComparison.Ordinal);
        Assert.Contains("Strategik reja 2024–2030", uz, StringComparison.Ordinal);
        Assert.Contains("Raqamli infratuzilmaning zaifligi", uz, StringComparison.Ordinal);
        Assert.Contains("Стратегический план 2024–2030", ru, StringComparison.Ordinal);
        Assert.Contains("Namuna texnika instituti", pdf, StringComparison.Ordinal);
        Assert.Contains("Talabalar sonining kamayishi", pdf, StringComparison.Ordinal);
    }

    [Fact]
    public void RunAfterImports_SecondRegister_AlertsTheImportedOwnersOfTheRiskThatRoseInTheirLanguage()
    {
        // Enrolment and the admission score fell behind: A1 (owners direktor and qabul-komissiyasi) rose.
        var to = run.Alerts.ToDictionary(m => m.To.Mailboxes.Single().Address);
        Assert.Equal(["dilnoza@namuna.example.org", "sergey@namuna.example.org"], to.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("uz", to["dilnoza@namuna.example.org"].Body!.Headers[HeaderId.ContentLanguage]);
        Assert.Equal("ru", to["sergey@namuna.example.org"].Body!.Headers[HeaderId.ContentLanguage]);
        Assert.Contains("Talabalar sonining kamayishi", to["dilnoza@namuna.example.org"].HtmlBody, StringComparison.Ordinal);
        Assert.Contains("birinchi kursga qabul maqsaddan ortda", to["dilnoza@namuna.example.org"].HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Сокращение числа студентов", to["sergey@namuna.example.org"].HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Namuna texnika instituti (xayoliy)", to["dilnoza@namuna.example.org"].HtmlBody, StringComparison.Ordinal);
    }

    private static readonly string[] Offices = ["direktor", "oquv-bolimi", "moliya-bolimi", "qabul-komissiyasi", "rejalashtirish-bolimi", "raqamli-markaz"];

    [GeneratedRegex(@"(?i:университет|universitet|concept|концепци)|University")]
    private static partial Regex UniversityOrConcept();
}
