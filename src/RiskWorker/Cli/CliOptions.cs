using System.CommandLine;
using System.Globalization;

namespace RiskWorker.Cli;

/// <summary>Options shared by the verbs; <c>--db</c> and <c>--rules</c> apply to every verb.</summary>
internal static class CliOptions
{
    public static readonly Option<string> Db = new("--db")
    {
        Description = "SQLite database file",
        DefaultValueFactory = _ => Path.Combine("data", "riskengine.db"),
        Recursive = true,
    };

    public static readonly Option<string?> Rules = new("--rules")
    {
        Description = "Rules directory (default: RiskEngine:RulesDirectory, else rules/ in the working directory, else the one shipped beside the program)",
        Recursive = true,
    };

    public static Option<string> Lang() => new("--lang")
    {
        Description = "Language of texts: ky (default), ru or en",
        DefaultValueFactory = _ => "ky",
        CustomParser = r => r.Tokens.Single().Value.ToLowerInvariant() is var v && v is "ky" or "ru" or "en" ? v : Fail(r, "--lang takes ky, ru or en"),
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of a table" };

    public static Option<DateOnly?> AsOf() => Date("--as-of", "Evaluation date, YYYY-MM-DD (default: today in the register's time zone)");

    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = r => DateOnly.TryParseExact(r.Tokens.Single().Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : Fail<DateOnly?>(r, $"{name} takes a date as YYYY-MM-DD"),
    };

    private static string Fail(System.CommandLine.Parsing.ArgumentResult r, string message) => Fail<string>(r, message);

    private static T Fail<T>(System.CommandLine.Parsing.ArgumentResult r, string message)
    {
        r.AddError(message);
        return default!;
    }
}
