using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine;
using RiskWorker.Cli;
using RiskWorker.Export;
using RiskWorker.Import;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Reports;

/// <summary>
/// A language added as a university would add it (its code in register.json, its texts, one word file): the pack and the
/// export speak it throughout. Every fixed word of the pseudo-language is wrapped in ⟦ ⟧, so once those are taken out,
/// only data may remain (codes, numbers, the faculties' stored names) — no word of Kyrgyz, Russian or English.
/// </summary>
public sealed partial class PackPseudoLanguageTests
{
    private const string Qps = PseudoLanguage.Code;

    [Fact]
    public async Task ReportCouncil_PseudoLanguage_EveryFixedWordOfTheHtmlAndPdfIsThePseudoLanguages()
    {
        using var temp = new TempDirectory();
        var (rules, register) = await RegisterWithPseudoLanguageAsync(temp);
        var db = temp.File("qps.db");
        await Run(temp, "demo", "--db", db, "--rules", rules);
        await Run(temp, "evaluate", "--as-of", "2025-11-23", "--db", db, "--rules", rules);
        await Run(temp, "review", "mark", "--date", "2025-12-01", "--db", db, "--rules", rules);
        await Run(temp, "evaluate", "--as-of", "2026-11-23", "--db", db, "--rules", rules);

        await Run(temp, "report", "council", "--as-of", "2026-11-23", "--lang", Qps, "--out", temp.File("out"), "--db", db, "--rules", rules);

        var html = temp.File($"out/council-pack-2026-11-23-{Qps}.html");
        var document = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(html));
        var allowed = await DataWordsAsync(register, rules, db);
        Assert.Equal(Qps, document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("⟦Appendix⟧", document.Body!.TextContent, StringComparison.Ordinal);
        AssertOnlyPseudoWords(document.Title + "\n" + document.Body!.TextContent + "\n" + AttributeTexts(document), allowed, "HTML");
        var pdf = (await ExternalTool.RunAsync("pdftotext", Path.ChangeExtension(html, ".pdf"), "-")).Out;
        Assert.Contains("⟦page⟧", pdf, StringComparison.Ordinal);
        AssertOnlyPseudoWords(pdf, allowed, "PDF");
    }

    [Fact]
    public async Task ExportAssessments_PseudoLanguage_HeadersAndFixedWordsArePseudoAndReadBack()
    {
        using var temp = new TempDirectory();
        var (rules, register) = await RegisterWithPseudoLanguageAsync(temp);
        var db = temp.File("qps.db");
        var csv = temp.File("register.csv");
        await Run(temp, "demo", "--db", db, "--rules", rules);

        await Run(temp, "export", "assessments", "--as-of", "2026-11-23", "--lang", Qps, "--out", csv, "--db", db, "--rules", rules);

        using var source = TableSource.Open(csv, register.Words.For(Qps));
        var table = new HeaderedTable(source, ExportLabels.Columns(register.Words), csv);
        var rows = table.Rows().ToList();
        var map = table.Map!;
        using var again = TableSource.Open(csv, register.Words.For(Qps));
        var lines = again.Rows().ToList();
        var header = lines.First(r => r.Cells.Any(c => c.Text == "⟦Risk⟧"));
        Assert.All(header.Cells, c => Assert.Matches("^⟦[^⟦⟧]+⟧$", c.Text));
        Assert.All(lines.TakeWhile(r => r != header).Take(2), r => Assert.StartsWith("⟦", r[0].Text, StringComparison.Ordinal));
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Matches("^⟦(low|medium|high|critical)⟧$", map.Get(r, "level").Text));
        Assert.All(rows, r => Assert.Matches("^⟦(up|down|same|new)⟧$", map.Get(r, "movement").Text));
        Assert.All(rows, r => Assert.Matches("^⟦(yes|no)⟧$", map.Get(r, "above").Text));
        Assert.All(rows, r => Assert.Matches("^⟦.+⟧$", map.Get(r, "title").Text));
    }

    [Fact]
    public async Task ReportCouncil_LanguageTheRegisterDoesNotOffer_RefusedNamingTheRegistersLanguages()
    {
        using var temp = new TempDirectory();

        var run = await WorkerProcess.RunAsync(temp.Path, "report", "council", "--lang", Qps, "--no-pdf", "--out", temp.File("out"), "--db", temp.File("x.db"), "--rules", RepoPaths.Rules);

        Assert.Equal(1, run.ExitCode);
        // A language the register does not offer cannot be spoken: the refusal is in the register's default language.
        Assert.Contains($"--lang ky, ru же en тилдеринин бирин алат («{ShippedRegister.Value.Identity.Id}» реестринин тилдери), «{Qps}» эмес", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.File("out")));
    }

    // The shipped register with the pseudo-language added, compiled as the worker compiles it (the catalogue is checked complete).
    private static async Task<(string Rules, IRiskRegister Register)> RegisterWithPseudoLanguageAsync(TempDirectory temp)
    {
        var rules = RulesCopy.Of(temp);
        PseudoLanguage.AddTo(rules, typeof(EngineServices).Assembly);
        var register = await WorkerRules.LoadAsync(rules);
        Assert.Contains(Qps, register.Identity.Languages);
        return (rules, register);
    }

    // Words that are data, not fixed words: the register's codes and rule ids (also those of the stored evaluation), the stored scopes' codes and names, the source file, the time zone.
    private static async Task<HashSet<string>> DataWordsAsync(IRiskRegister register, string rules, string db)
    {
        await using var services = new ServiceCollection().AddWorkerEngine(o => (o.DatabasePath, o.RulesDirectory) = (db, rules)).BuildServiceProvider();
        var scopes = await services.GetRequiredService<IScopeStore>().GetAllAsync();
        // Rule ids the engine makes itself (a register default, a link between risks), as the evaluations stored them.
        var evaluation = await services.GetRequiredService<IAssessmentHistory>().GetLatestAsync(new DateOnly(2026, 11, 23));
        IEnumerable<string> data =
        [
            .. register.Risks.Select(r => r.Code), .. register.Indicators.Select(i => i.Code), .. register.Rules.Select(r => r.Id), .. evaluation!.Risks.SelectMany(r => r.Reasons).Select(r => r.Rule),
            .. scopes.Select(s => s.Code), .. scopes.SelectMany(s => s.Name.Texts.Select(t => t.Value)), register.Identity.Plan.SourceFile, register.Identity.TimeZone.Id,
        ];
        return data.SelectMany(d => Token().Matches(d).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
    }

    private static void AssertOnlyPseudoWords(string text, HashSet<string> allowed, string where)
    {
        var rest = text;
        // Innermost first: a word may hold a register text, itself in ⟦ ⟧.
        for (var before = ""; before != rest;) (before, rest) = (rest, Pseudo().Replace(rest, " "));
        Assert.DoesNotContain("⟦", rest, StringComparison.Ordinal);
        var foreign = Token().Matches(rest).Select(m => m.Value).Where(t => !allowed.Contains(t) && !Hex().IsMatch(t) && !BrokenCode(t, allowed)).Distinct().ToList();
        Assert.True(foreign.Count == 0, $"{where}: words outside the pseudo-language: {string.Join(" | ", foreign.Take(40))}");
    }

    // A code the PDF broke over two lines, which pdftotext joins without its hyphen ("hr-degree-" + "share-falling"): a hyphened
    // piece of a code, never a plain word, so an untranslated "high" is still caught.
    private static bool BrokenCode(string token, HashSet<string> allowed) =>
        token.Contains('-', StringComparison.Ordinal) && allowed.Any(a => Letters(a).Contains(Letters(token), StringComparison.Ordinal));

    private static string Letters(string code) => string.Concat(code.Where(char.IsLetterOrDigit));

    // Tooltips and labels are read too (a level's name in a chip's title, the heat maps' aria-label).
    private static string AttributeTexts(AngleSharp.Html.Dom.IHtmlDocument document) =>
        string.Join("\n", document.All.SelectMany(e => new[] { e.GetAttribute("title"), e.GetAttribute("aria-label") }).Where(a => !string.IsNullOrEmpty(a)));

    private static async Task Run(TempDirectory temp, params string[] args)
    {
        var result = await WorkerProcess.RunAsync(temp.Path, args);
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [GeneratedRegex("⟦[^⟦⟧]*⟧")]
    private static partial Regex Pseudo();

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}_\-./]*")]
    private static partial Regex Token();

    // The rule-set version and other hashes.
    [GeneratedRegex("^[0-9a-f]{6,}$")]
    private static partial Regex Hex();
}
