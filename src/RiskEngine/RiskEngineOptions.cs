using System.Reflection;

namespace RiskEngine;

/// <summary>Settings of the engine, bound from the <c>RiskEngine</c> configuration section. Validated when a host starts (without a host, when first resolved).</summary>
public sealed class RiskEngineOptions
{
    /// <summary>Directory holding the register, the indicator catalogue and the rules. Default: <c>rules</c>.</summary>
    public string RulesDirectory { get; set; } = "rules";

    /// <summary>
    /// Where observations and history are kept: the path of a SQLite file (its folder is created), or a PostgreSQL
    /// database as a connection string (<c>Host=db1;Database=risk;Username=risk</c>) or a URI
    /// (<c>postgresql://risk:secret@db1:5432/risk</c>). Default: <c>data/riskengine.db</c>. Keep a password out of files
    /// in the repository: Npgsql reads <c>PGPASSWORD</c> and <c>~/.pgpass</c>.
    /// </summary>
    public string DatabasePath { get; set; } = Path.Combine("data", "riskengine.db");

    /// <summary>Days past the reporting frequency before an indicator counts as stale. Default: 90.</summary>
    public int StaleGraceDays { get; set; } = 90;

    /// <summary>Relative shortfall (of the target) beyond which an indicator is off track. Default: 0.10 (10 %).</summary>
    public double OffTrackTolerance { get; set; } = 0.10;

    /// <summary>
    /// Targets the office sets for indicators the source does not quantify (<c>sourceTarget: false</c> in
    /// <c>indicators.json</c>): indicator code → year → target, replacing the catalogue's target for that year.
    /// From configuration: <c>RiskEngine:IndicatorTargets:HR_DEGREE_SHARE:2026 = 44</c> (environment:
    /// <c>RiskEngine__IndicatorTargets__HR_DEGREE_SHARE__2026=44</c>). Checked when the rules are loaded: an unknown
    /// indicator, one with a source target, a bad year, a non-finite value or a percentage outside 0–100 is refused.
    /// The targets are part of the rule-set version. Default: empty (the catalogue's targets).
    /// </summary>
    public Dictionary<string, Dictionary<string, double>> IndicatorTargets { get; set; } = [];

    /// <summary>
    /// Assemblies whose NRules Fluent rules (public classes deriving from <c>NRules.Fluent.Dsl.Rule</c>) run beside the
    /// register's rules, in the same session, over the public fact types (<see cref="IndicatorFact"/>,
    /// <see cref="RiskContext"/>); a rule yields <see cref="RatingSignal"/>s, which are rated and explained like the
    /// register's. Added with <see cref="AddRules"/>. Default: none.
    /// </summary>
    public IReadOnlyList<Assembly> RuleAssemblies => _ruleAssemblies;

    private readonly List<Assembly> _ruleAssemblies = [];

    /// <summary>Adds the NRules Fluent rules of <paramref name="assemblies"/> (see <see cref="RuleAssemblies"/>).</summary>
    /// <returns>These options, to chain calls.</returns>
    public RiskEngineOptions AddRules(params Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        foreach (var assembly in assemblies.Where(a => !_ruleAssemblies.Contains(a))) _ruleAssemblies.Add(assembly);
        return this;
    }

    /// <summary>
    /// Assemblies whose embedded word files (<c>Words/&lt;language&gt;.json</c>, logical name) join the engine's in
    /// <see cref="IRiskRegister.Words"/>: an app's own fixed words, checked complete for every language the register
    /// offers. Added with <see cref="AddWords"/>. Default: none.
    /// </summary>
    public IReadOnlyList<Assembly> WordAssemblies => _wordAssemblies;

    private readonly List<Assembly> _wordAssemblies = [];

    /// <summary>Adds the word files of <paramref name="assemblies"/> (see <see cref="WordAssemblies"/>).</summary>
    /// <returns>These options, to chain calls.</returns>
    public RiskEngineOptions AddWords(params Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        foreach (var assembly in assemblies.Where(a => !_wordAssemblies.Contains(a))) _wordAssemblies.Add(assembly);
        return this;
    }

    /// <summary>The ADO.NET connection string for <see cref="DatabasePath"/>: Microsoft.Data.Sqlite's for a file, Npgsql's for PostgreSQL.</summary>
    public string ConnectionString => Storage.DatabaseTarget.Parse(DatabasePath).ConnectionString;
}
