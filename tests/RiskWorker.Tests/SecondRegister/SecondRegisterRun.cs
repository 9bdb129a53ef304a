using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using MimeKit;
using RiskWorker.Tests.Reports;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.SecondRegister;

/// <summary>
/// The fictional second register (SecondRegister/rules: "Namuna Technical Institute", Uzbek by default, Russian too)
/// taken through the worker as a user would, every verb a real process on one SQLite file: rules check, demo, the
/// owner and scope lists, evaluate (text and --json), export (csv, xlsx), digest --send through aiosmtpd, the Council
/// pack (HTML and PDF in its default language, HTML in Russian); then, on a second database as an institution's own,
/// imports of owners, actions and indicator values and the service (`run`) evaluating on schedule and alerting the
/// owners of the risk that rose. Every output is kept as text for the tests to read.
/// </summary>
public sealed class SecondRegisterRun : IAsyncLifetime
{
    public const string FallbackEmail = "rejalashtirish@namuna.example.org";

    private readonly TempDirectory _temp = new();
    private readonly List<(string Name, string Text)> _outputs = [];
    private readonly List<WorkerResult> _runs = [];
    private SmtpServer _server = null!;

    public static string Rules { get; } = Path.Combine(RepoPaths.Root, "tests", "RiskWorker.Tests", "SecondRegister", "rules");

    /// <summary>Every output: each process's stdout and stderr, each file written, each mail received (subject, text, HTML).</summary>
    public IReadOnlyList<(string Name, string Text)> Outputs => _outputs;

    /// <summary>Every verb run, to check that each succeeded.</summary>
    internal IReadOnlyList<WorkerResult> Runs => _runs;

    public IReadOnlyList<MimeMessage> Digests { get; private set; } = [];

    public IReadOnlyList<MimeMessage> Alerts { get; private set; } = [];

    public string Text(string name) => _outputs.Single(o => o.Name == name).Text;

    public async Task InitializeAsync()
    {
        _server = await SmtpServer.StartAsync();
        await Verb("rules-check", "rules", "check");
        await Verb("demo", "demo");
        await Verb("owners-demo", "owners", "list", "--json");
        await Verb("scopes", "scopes", "list");
        await Verb("evaluate", "evaluate");
        await Verb("evaluate-json", "evaluate", "--json");
        await Verb("evaluate-ru", "evaluate", "--lang", "ru");
        await Verb("export-csv", "export", "assessments", "--out", _temp.File("register.csv"));
        await Verb("export-xlsx", "export", "assessments", "--out", _temp.File("register.xlsx"));
        _outputs.Add(("register.csv", await File.ReadAllTextAsync(_temp.File("register.csv"))));
        _outputs.Add(("register.xlsx", XlsxText(_temp.File("register.xlsx"))));
        await Verb("digest", "digest", "--send");
        Digests = _server.Messages();
        AddMails("digest", Digests);

        await Verb("pack", "report", "council", "--out", _temp.File("pack"));
        await Verb("pack-ru", "report", "council", "--lang", "ru", "--no-pdf", "--out", _temp.File("pack"));
        foreach (var html in Directory.GetFiles(_temp.File("pack"), "*.html")) _outputs.Add((Path.GetFileName(html), await File.ReadAllTextAsync(html)));
        foreach (var pdf in Directory.GetFiles(_temp.File("pack"), "*.pdf")) _outputs.Add((Path.GetFileName(pdf), (await ExternalTool.RunAsync("pdftotext", pdf, "-")).Out));

        await ImportsAsync();
        await AlertsAsync();
        KeepForPeople();
    }

    // Every output under TestResults/second-register, for a person to read what the register's users would.
    private void KeepForPeople()
    {
        var folder = Path.Combine(RepoPaths.Root, "TestResults", "second-register");
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in _outputs) File.WriteAllText(Path.Combine(folder, string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' ? c : '_')) + ".txt"), text);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _temp.Dispose();
    }

    // A real database beside the demo's: people, actions and values on track are imported and evaluated; then values
    // that fall behind are imported, and the service's next evaluation raises risk A1, whose owners are alerted.
    private async Task ImportsAsync()
    {
        await File.WriteAllTextAsync(_temp.File("owners.csv"),
            "name,email,language,roles\n"
            + "Dilnoza Karimova,dilnoza@namuna.example.org,uz,direktor|moliya-bolimi\n"
            + "Сергей Ким,sergey@namuna.example.org,ru,oquv-bolimi|qabul-komissiyasi\n"
            + "Aziz Rahimov,aziz@namuna.example.org,,raqamli-markaz\n");
        await Verb("owners-import", "owners", "import", _temp.File("owners.csv"), "--db", RealDb);
        var later = Today.AddDays(90).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await File.WriteAllTextAsync(_temp.File("actions.csv"),
            "risk;action;owner;due;status;done\n"
            + $"A1;Maktablar bilan kasbga yoʻnaltirish ishlarini kuchaytirish;qabul-komissiyasi;{later};in-progress;\n"
            + $"B1;Pullik kurslar va xizmatlarni kengaytirish;moliya-bolimi;{later};planned;\n");
        await Verb("import-actions", "import", "actions", _temp.File("actions.csv"), "--db", RealDb);
        await Values("values-on-track.csv", 850, 118);
        await Verb("evaluate-real", "evaluate", "--db", RealDb);
        await Values("values-behind.csv", 420, 80);
    }

    private async Task Values(string file, int enrolled, int score)
    {
        await File.WriteAllTextAsync(_temp.File(file),
            "indicator;period;value;scope;note\n"
            + $"STUDENTS_ENROLLED;{Today.Year};{enrolled};;qabul yakunlandi\n"
            + $"ADMISSION_SCORE;{Today.Year};{score};;\n");
        await Verb("import-" + Path.GetFileNameWithoutExtension(file), "import", "indicators", "--replace", _temp.File(file), "--db", RealDb);
    }

    // The service as deployed: `run` evaluates on its schedule (every 2 s here) and alerts the owners of the risks that rose.
    private async Task AlertsAsync()
    {
        var before = _server.Messages().Count;
        var environment = new Dictionary<string, string>(Environment()) { ["Schedule__Evaluation"] = "0/2 * * * * ?" };
        await using (var worker = RunningWorker.Start(_temp.Path, environment, "run", "--db", RealDb, "--rules", Rules))
        {
            for (var i = 0; i < 600 && _server.Messages().Count == before && !worker.HasExited; i++) await Task.Delay(100);
            await Task.Delay(TimeSpan.FromSeconds(2)); // the rest of the batch
            await worker.TerminateAsync();
            _outputs.Add(("run", worker.Output));
        }

        Alerts = _server.Messages().Skip(before).ToList();
        AddMails("alert", Alerts);
    }

    private string RealDb => _temp.File("real.db");

    // Today in the register's time zone, as the worker reads it.
    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tashkent")).DateTime);

    private Dictionary<string, string> Environment() => new(_server.Environment)
    {
        ["Smtp__From"] = "RiskEngine <risk@namuna.example.org>",
        ["Notifications__FallbackEmail"] = FallbackEmail,
        ["Council__SecretaryEmail"] = "kotib@namuna.example.org",
    };

    // A verb on the demo's database, unless the arguments name another --db.
    private async Task Verb(string name, params string[] args)
    {
        string[] db = args.Contains("--db") ? [] : ["--db", _temp.File("r.db")];
        var run = await WorkerProcess.RunAsync(_temp.Path, Environment(), [.. args, .. db, "--rules", Rules]);
        _runs.Add(run with { Out = $"[{name}] {run.Out}" });
        _outputs.Add((name, run.Out));
        _outputs.Add((name + " (stderr)", run.Error));
    }

    private void AddMails(string kind, IEnumerable<MimeMessage> messages)
    {
        foreach (var m in messages)
        {
            var to = m.To.Mailboxes.Single().Address;
            _outputs.Add(($"{kind} to {to}: headers", $"{m.Subject}\n{m.From}\n{m.To}"));
            _outputs.Add(($"{kind} to {to}: text", m.TextBody ?? ""));
            _outputs.Add(($"{kind} to {to}: html", m.HtmlBody ?? ""));
        }
    }

    // Every text of a workbook: its shared strings and inline strings, sheet by sheet.
    private static string XlsxText(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            foreach (var t in XDocument.Load(stream).Descendants().Where(e => e.Name.LocalName == "t")) text.AppendLine(t.Value);
        }

        return text.ToString();
    }
}
