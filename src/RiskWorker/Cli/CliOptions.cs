using System.CommandLine;
using System.Globalization;

namespace RiskWorker.Cli;

/// <summary>Options shared by the verbs; <c>--db</c> and <c>--rules</c> apply to every verb.</summary>
internal static class CliOptions
{
    public static readonly Option<string?> Db = new("--db")
    {
        Recursive = true,
    };

    /// <summary>
    /// The database setting: <c>--db</c>, else <c>RiskEngine:DatabasePath</c> from appsettings or the environment (a
    /// service's EnvironmentFile names its PostgreSQL there), else <c>data/riskengine.db</c>.
    /// </summary>
    public static string Database(ParseResult parse) =>
        parse.GetValue(Db) is { Length: > 0 } given ? given
        : WorkerConfiguration.Current[$"{EngineServices.Section}:DatabasePath"] is { Length: > 0 } configured ? configured
        : Path.Combine("data", "riskengine.db");

    public static readonly Option<string?> Rules = new("--rules")
    {
        Recursive = true,
    };

    /// <summary>The database named for a message: the file path, or a PostgreSQL database's name and server, never its password.</summary>
    public static string DatabaseName(ParseResult parse)
    {
        var setting = Database(parse);
        try
        {
            return RiskEngine.Storage.DatabaseTarget.Parse(setting).Display;
        }
        catch (ArgumentException)
        {
            return "the database given by --db";
        }
    }

    /// <summary>
    /// <c>--lang</c>, for every verb: the language of everything the verb writes — tables, summaries, errors, and the pack
    /// or export it makes. Checked against the register's languages once it is loaded (see <see cref="Language"/>).
    /// </summary>
    public static readonly Option<string?> Lang = new("--lang")
    {
        Recursive = true,
    };

    /// <summary>
    /// The language <c>--lang</c> names, lower-case, or null. Read from its tokens rather than as a value so that help
    /// printed for a command line that does not parse (say <c>--lang</c> twice) still finds it; the last one counts.
    /// </summary>
    public static string? GivenLanguage(ParseResult parse) => parse.GetResult(Lang)?.Tokens.LastOrDefault()?.Value.Trim().ToLowerInvariant();

    /// <summary>The language <c>--lang</c> gives, else <paramref name="fallback"/>, else the register's default.</summary>
    /// <exception cref="UnknownLanguageException">The register does not offer the language given.</exception>
    public static string Language(ParseResult parse, RiskEngine.IRiskRegister register, string? fallback = null)
    {
        var given = GivenLanguage(parse);
        if (given is null) return register.Words.Resolve(fallback ?? register.Identity.DefaultLanguage);
        var offered = register.Identity.Languages;
        return offered.Contains(given, StringComparer.OrdinalIgnoreCase)
            ? register.Words.Resolve(given)
            : throw new UnknownLanguageException(new("error.cli.unknown-language", ("offered", CliLine.OrList(offered)), ("register", register.Identity.Id), ("given", given)));
    }

    public static Option<bool> Json() => new("--json");

    public static Option<DateOnly?> AsOf() => Date("--as-of");

    public static Option<DateOnly?> Date(string name) => new(name)
    {
        CustomParser = r => DateOnly.TryParseExact(r.Tokens.Single().Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : Fail<DateOnly?>(r, DateError(r, name)),
    };

    // The command line is still being parsed, so no register is loaded: the words the engine and the worker ship, in
    // --lang if they have it, else the register's default language as register.json names it (RegisterWords), else English.
    private static string DateError(System.CommandLine.Parsing.ArgumentResult r, string name) =>
        RegisterWords.ForRefused(r.GetResult(Lang)?.Tokens.LastOrDefault()?.Value, RulesLocator.Resolve(r.GetValue(Rules), WorkerConfiguration.Current))
            .Format("error.cli.date", ("option", name));

    private static T Fail<T>(System.CommandLine.Parsing.ArgumentResult r, string message)
    {
        r.AddError(message);
        return default!;
    }
}
