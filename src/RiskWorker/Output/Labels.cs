using RiskEngine;

namespace RiskWorker.Output;

/// <summary>
/// The words every output shares, looked up in the register's word catalogue (<c>Words/&lt;language&gt;.json</c>): levels,
/// movement, decisions and the demo banner read the same in the pack, the mails, the export and the command line.
/// </summary>
internal static class Labels
{
    /// <summary>The demo banner, naming the institution the register (<c>register.json</c>) says it belongs to.</summary>
    public static string Illustrative(string language, IRiskRegister register) =>
        register.Words.For(language).Format("demo.illustrative", ("institution", register.Identity.InstitutionShort.Get(language)));

    /// <summary>A level as in a sentence (the engine's <c>level.*</c> words).</summary>
    public static string Level(this Words words, RiskLevel level) => words[Key("level", level)];

    public static string Movement(this Words words, Movement movement) => words[Key("movement", movement)];

    /// <summary>A review body's decision on a risk, in the pack, the mails, the export and the command line.</summary>
    public static string Decision(this Words words, DecisionKind decision) => words[Key("decision", decision)];

    /// <summary>Marks a reason that comes from a link between risks, naming the risk whose rating raised this one.</summary>
    public static string RaisedBy(this Words words, string code, string title) => words.Format("reason.raised-by", ("code", code), ("title", title));

    public static string YesNo(this Words words, bool yes) => words[yes ? "table.yes" : "table.no"];

    /// <summary>The name of the office the register gives unowned items to (<c>register.json</c> <c>fallbackOffice</c>), in <paramref name="language"/>.</summary>
    public static string FallbackOfficeName(this IRiskRegister register, string language) =>
        register.FindOffice(register.Identity.FallbackOffice)?.Name.Get(language) ?? register.Identity.FallbackOffice;

    private static string Key<T>(string area, T value) where T : struct, Enum => area + "." + value.ToString().ToLowerInvariant();
}
