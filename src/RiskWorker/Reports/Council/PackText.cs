using System.Globalization;
using RiskEngine;
using RiskWorker.Cli;
using RiskWorker.Output;

namespace RiskWorker.Reports.Council;

/// <summary>The pack's language: fixed words, register texts, names of offices and scopes, numbers and dates in its culture.</summary>
public sealed class PackText(string language, IRiskRegister register, IReadOnlyDictionary<string, string> scopeNames)
{
    private const string NoBreak = "\u00A0";

    /// <summary>Marks a risk above its appetite in the heat maps, their legend and the top risks; ▲/▼ mean movement only.</summary>
    public const string AboveAppetiteMark = "!";

    public string Language { get; } = ShippedLanguages.Normalize(language);

    public CouncilWords Words { get; } = CouncilWords.For(language);

    public IRiskRegister Register { get; } = register;

    public CultureInfo Culture => CultureInfo.GetCultureInfo(Words.Culture);

    public string Get(LocalizedText text) => text.Get(Language);

    /// <summary>The same register and scopes in another language.</summary>
    public PackText In(string otherLanguage) => new(otherLanguage, Register, scopeNames);

    public string RiskTitle(string code) => Register.FindRisk(code)?.Title.Get(Language) ?? code;

    /// <summary>Names the register risk whose rating raised a reason's risk (a link between risks).</summary>
    public string RaisedBy(string driver) => Words.RaisedBy(driver, RiskTitle(driver));

    public string Office(string code) => Register.FindOffice(code)?.Name.Get(Language) ?? code;

    public string Indicator(string code) => Register.FindIndicator(code)?.Name.Get(Language) ?? code;

    public string Scope(string code) => code == Scopes.University ? Words.UniversityScope : scopeNames.GetValueOrDefault(code, code);

    public string Date(DateOnly day) => day.ToString(Words.DateFormat, Culture);

    public string Instant(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Register.Identity.TimeZone).ToString(Words.DateFormat + " HH:mm", Culture);

    public string Number(double value) => value.ToString("#,##0.##", Culture);

    /// <summary>
    /// A value with its unit's symbol (units.json): "38,5 %", "1 250 000 сом", "12" for counts and ratios. Joined by a no-break space so a
    /// narrow column never leaves the unit alone on the next line.
    /// </summary>
    public string Amount(double value, string unit) =>
        Register.FindUnit(unit)?.SymbolIn(Language) is { Length: > 0 } symbol ? Number(value) + NoBreak + symbol : Number(value);

    /// <summary>A dated action's text in the pack's language (see <see cref="ActionTexts"/>).</summary>
    public string ActionText(MitigationAction action) => ActionTexts.InLanguage(Register, action, Language);

    public string Format(string template, object value) => string.Format(Culture, template, value);
}
