using System.Globalization;
using RiskEngine;
using RiskWorker.Output;

namespace RiskWorker.Reports.Council;

/// <summary>
/// The pack's language: its fixed words (the <c>pack.*</c> words of the register's catalogue), register texts, names of
/// offices and scopes, numbers and dates in the words' culture.
/// </summary>
public sealed class PackText(string language, IRiskRegister register, IReadOnlyDictionary<string, LocalizedText> scopeNames)
{
    private const string NoBreak = "\u00A0";

    /// <summary>Marks a risk above its appetite in the heat maps, their legend and the top risks; ▲/▼ mean movement only.</summary>
    public const string AboveAppetiteMark = "!";

    /// <summary>The offered language the pack is in (a language the register does not offer gives its default).</summary>
    public string Language { get; } = register.Words.Resolve(language);

    public Words Words { get; } = register.Words.For(language);

    public IRiskRegister Register { get; } = register;

    public CultureInfo Culture => Words.Culture;

    /// <summary>The fixed word <c>pack.<paramref name="key"/></c>.</summary>
    public string this[string key] => Words["pack." + key];

    public string Get(LocalizedText text) => text.Get(Language);

    /// <summary>The same register and scopes in another language.</summary>
    public PackText In(string otherLanguage) => new(otherLanguage, Register, scopeNames);

    public string RiskTitle(string code) => Register.FindRisk(code)?.Title.Get(Language) ?? code;

    /// <summary>Names the register risk whose rating raised a reason's risk (a link between risks).</summary>
    public string RaisedBy(string driver) => Words.RaisedBy(driver, RiskTitle(driver));

    public string Office(string code) => Register.FindOffice(code)?.Name.Get(Language) ?? code;

    /// <summary>The office the register names for what nobody else owns, e.g. targets the plan does not quantify.</summary>
    public string FallbackOffice => Register.FallbackOfficeName(Language);

    public string Indicator(string code) => Register.FindIndicator(code)?.Name.Get(Language) ?? code;

    /// <summary>A scope by its name in the pack's language (a faculty's stored name per language), the institution-wide scope by the pack's word.</summary>
    public string Scope(string code) => code == Scopes.University ? Register.Identity.InstitutionShort.Get(Language) : scopeNames.TryGetValue(code, out var name) ? name.Get(Language) : code;

    public string Level(RiskLevel level) => Words.Level(level);

    public string Of(Movement movement) => Words.Movement(movement);

    public string Of(DecisionKind decision) => Words.Decision(decision);

    public string Of(ReportingFrequency frequency) => this["frequency-" + frequency.ToString().ToLowerInvariant()];

    /// <summary>An indicator fact's status (<c>on-track</c>, <c>at-risk</c>, <c>off-track</c>, else no data).</summary>
    public string StatusOf(string factStatus) => this["status-" + (factStatus is "on-track" or "at-risk" or "off-track" ? factStatus : "no-data")];

    public string ActionStatusOf(string status) => this["action-" + (status is "done" or "in-progress" ? status : "planned")];

    /// <summary>The word <c>pack.<paramref name="key"/></c> with its blanks filled.</summary>
    public string Format(string key, params (string Name, object? Value)[] values) => Words.Format("pack." + key, values);

    /// <summary>The form of <c>pack.<paramref name="key"/></c> that goes with <paramref name="count"/>.</summary>
    public string Plural(string key, long count) => Words.Plural("pack." + key, count);

    public string Date(DateOnly day) => day.ToString(this["date-format"], Culture);

    public string Instant(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Register.Identity.TimeZone).ToString(this["date-format"] + " HH:mm", Culture);

    public string Number(double value) => value.ToString("#,##0.##", Culture);

    /// <summary>
    /// A value with its unit's symbol (units.json): "38,5 %", "1 250 000 сом", "12" for counts and ratios. Joined by a no-break space so a
    /// narrow column never leaves the unit alone on the next line.
    /// </summary>
    public string Amount(double value, string unit) =>
        Register.FindUnit(unit)?.SymbolIn(Language) is { Length: > 0 } symbol ? Number(value) + NoBreak + symbol : Number(value);

    /// <summary>A dated action's text in the pack's language (see <see cref="ActionTexts"/>).</summary>
    public string ActionText(MitigationAction action) => ActionTexts.InLanguage(Register, action, Language);
}
