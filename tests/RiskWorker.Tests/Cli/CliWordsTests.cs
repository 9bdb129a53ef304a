using System.Text.RegularExpressions;
using RiskEngine.Testing;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Cli;

/// <summary>
/// The verbs' own summaries and errors speak the verb's language: <c>--lang</c>, else the register's default (Kyrgyz for
/// OshTU). With a language added as a university adds one, every fixed word of them comes from its word file.
/// </summary>
public sealed partial class CliWordsTests
{
    [Fact]
    public async Task Demo_NoLang_SummaryInTheRegistersDefaultKyrgyz()
    {
        using var temp = new TempDirectory();

        var run = await Run(temp, "demo", "--db", temp.File("r.db"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("Иллюстрациялык демо-маалыматтар ", run.Out, StringComparison.Ordinal);
        Assert.Contains("Булар ОшТУ боюнча чыныгы көрсөткүчтөр ЭМЕС.", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Illustrative", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OwnersListAndReviewMark_Russian_SummaryAndErrorInRussian()
    {
        using var temp = new TempDirectory();
        var db = temp.File("r.db");
        Assert.Equal(0, (await Run(temp, "demo", "--db", db)).ExitCode);

        var owners = await Run(temp, "owners", "list", "--lang", "ru", "--db", db);
        var future = await Run(temp, "review", "mark", "--date", "2099-01-01", "--lang", "ru", "--db", db);
        var body = await Run(temp, "review", "record", "--body", "senate", "--date", "2026-01-01", "--decisions", temp.File("d.csv"), "--lang", "ru", "--db", db);

        Assert.True(owners.ExitCode == 0, owners.ToString());
        Assert.Contains("(ответственные со знаком * — иллюстративные, example.org)", owners.Out, StringComparison.Ordinal);
        Assert.Contains("Ответственных: 15", owners.Out, StringComparison.Ordinal);
        Assert.Equal(2, future.ExitCode);
        Assert.StartsWith("--date 2099-01-01 — в будущем (сегодня ", future.Error, StringComparison.Ordinal);
        Assert.Equal(1, body.ExitCode);
        Assert.StartsWith("--body «senate»: такого органа рассмотрения нет (настроены: council;", body.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outbox_BadDatabase_RussianLineNamingIt()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("bad.db"), "not a database");

        var run = await Run(temp, "outbox", "--lang", "ru", "--db", temp.File("bad.db"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("— не база SQLite (", run.Error, StringComparison.Ordinal);
        Assert.Contains("bad.db", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verbs_PseudoLanguage_NoFixedWordOutsideThePseudoLanguagesMarks()
    {
        using var temp = new TempDirectory();
        var (rules, _) = await PseudoRegister.MakeAsync(temp);
        var db = temp.File("qps.db");
        File.WriteAllText(temp.File("decisions.csv"), "risk,decision,note,action,owner,due\n1.1,accept,,,,\n2.1,escalate,,,,\n");
        var environment = new Dictionary<string, string> { ["Council__MeetingDate"] = "2026-12-23" };
        string[][] verbs =
        [
            ["demo"], ["rules", "check"], ["owners", "list"], ["evaluate", "--as-of", "2026-11-23", "--json"],
            ["review", "mark", "--date", "2026-11-23"], ["review", "record", "--body", "council", "--date", "2026-11-23", "--decisions", temp.File("decisions.csv")],
            ["review", "mark", "--date", "2099-01-01"], ["review", "record", "--body", "senate", "--date", "2026-11-23", "--decisions", temp.File("decisions.csv")],
            ["digest", "--preview", temp.File("preview")], ["digest", "--send"], ["send-pending"], ["campaign", "status"],
            ["export", "assessments", "--as-of", "2026-11-23", "--out", temp.File("register.csv")],
            ["report", "council", "--as-of", "2026-11-23", "--no-pdf", "--out", temp.File("pack")],
        ];

        var lines = new List<string>();
        foreach (var verb in verbs)
        {
            var run = await WorkerProcess.RunAsync(temp.Path, environment, [.. verb, "--lang", PseudoLanguage.Code, "--db", db, "--rules", rules]);
            Assert.True(run.Error.Length > 0 || run.ExitCode == 0, run.ToString());
            // owners list's rows and evaluate's JSON are data (names, addresses, codes); their words are checked elsewhere.
            var text = verb[0] == "evaluate" ? run.Error : verb[0] == "owners" ? string.Join('\n', run.Out.Split('\n').Where(l => !l.StartsWith('*'))) + run.Error : run.Out + run.Error;
            lines.AddRange(text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !LogLine().IsMatch(l)).Select(l => $"{string.Join(' ', verb.Take(2))}: {l}"));
        }

        Assert.Contains(lines, l => l.StartsWith("review mark: ⟦Council review of 2026-11-23 recorded", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("digest --send: ⟦Weekly digests ", StringComparison.Ordinal));
        var left = lines.Where(l => Letters().IsMatch(PseudoRegister.Outside(l[(l.IndexOf(": ", StringComparison.Ordinal) + 2)..]).Replace(temp.Path, "", StringComparison.Ordinal))).ToList();
        Assert.True(left.Count == 0, "lines with words outside the pseudo-language:\n" + string.Join('\n', left));
    }

    // The operators' journal (stderr of the mail verbs) stays English: "info: Category[0] …" and its indented message.
    [GeneratedRegex(@"^(info|warn|fail|crit|dbug|trce): ")]
    private static partial Regex LogLine();

    // A letter of any script: a word that did not come from the pseudo-language's words.
    [GeneratedRegex(@"\p{L}")]
    private static partial Regex Letters();

    private static Task<WorkerResult> Run(TempDirectory temp, params string[] args) =>
        WorkerProcess.RunAsync(temp.Path, [.. args, "--rules", RepoPaths.Rules]);
}
