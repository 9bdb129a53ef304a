using System.Text.RegularExpressions;

namespace RiskEngine.Register;

/// <summary>Reads <c>register.json</c> (who the register is) and <c>units.json</c> (its units), adding a named error per problem.</summary>
internal sealed partial class RegisterIdentityReader(
    Func<string, string?, string, LocalizedText?, LocalizedText?> text, Action<string, string?, string> fail)
{
    public const string File = "register.json";
    public const string UnitsFile = "units.json";

    public IReadOnlyList<MeasureUnit> Units(List<UnitDto> dtos)
    {
        var units = dtos.Select(ToUnit).OfType<MeasureUnit>().ToList();
        foreach (var dup in units.GroupBy(u => u.Code, StringComparer.Ordinal).Where(g => g.Count() > 1)) fail(UnitsFile, dup.Key, "duplicate code");
        if (dtos.Count == 0) fail(UnitsFile, null, "no units declared");
        return units;
    }

    public RegisterIdentity? Identity(RegisterDto? dto, ISet<string> officeCodes)
    {
        if (dto is null) return null;
        if (string.IsNullOrWhiteSpace(dto.Id) || !IdPattern().IsMatch(dto.Id)) fail(File, null, $"id must be lower-case letters, digits, '.' and '-' (e.g. 'university-risk-plan-2025-2030'), not '{dto.Id}'");
        var name = text(File, null, "institution.name", dto.Institution?.Name);
        var shortName = text(File, null, "institution.shortName", dto.Institution?.ShortName);
        var title = text(File, null, "plan.title", dto.Plan?.Title);
        var sourceTitle = text(File, null, "plan.source.title", dto.Plan?.Source?.Title);
        if (string.IsNullOrWhiteSpace(dto.Plan?.Source?.File)) fail(File, null, "plan.source.file is missing (the document the line numbers refer to)");
        if (dto.Plan?.FirstYear is not (>= 1900 and <= 2200) || dto.Plan.LastYear is not { } last || last < dto.Plan.FirstYear) fail(File, null, "plan.firstYear and plan.lastYear must be years, the first not after the last");
        var languages = dto.Languages ?? [];
        foreach (var l in languages.Where(l => !LanguagePattern().IsMatch(l))) fail(File, null, $"languages: '{l}' is not a language code (lower-case ISO 639 letters such as 'ky', 'ru', 'uz', optionally with a region: 'uz-latn')");
        if (languages.Count == 0 || languages.Distinct(StringComparer.Ordinal).Count() != languages.Count) fail(File, null, "languages must list each offered language once");
        if (dto.DefaultLanguage is null || !languages.Contains(dto.DefaultLanguage)) fail(File, null, $"defaultLanguage '{dto.DefaultLanguage}' is not one of languages");
        var zone = Zone(dto.TimeZone);
        if (dto.FallbackOffice is null || !officeCodes.Contains(dto.FallbackOffice)) fail(File, null, $"fallbackOffice '{dto.FallbackOffice}' is not an office of offices.json");
        if (name is null || shortName is null || title is null || sourceTitle is null || zone is null || dto.Plan?.Source?.File is not { } source) return null;
        return new RegisterIdentity(dto.Id ?? "", name, shortName, new RegisterPlan(title, dto.Plan.FirstYear ?? 0, dto.Plan.LastYear ?? 0, source, sourceTitle),
            Offered(dto), dto.DefaultLanguage ?? "", zone, dto.FallbackOffice ?? "");
    }

    private TimeZoneInfo? Zone(string? id)
    {
        if (!string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)) return zone;
        fail(File, null, $"timeZone '{id}' is not a time zone known to this machine (an IANA id such as 'Asia/Bishkek')");
        return null;
    }

    private MeasureUnit? ToUnit(UnitDto dto)
    {
        var code = dto.Code;
        if (string.IsNullOrWhiteSpace(code)) { fail(UnitsFile, null, "code is missing"); return null; }
        var name = text(UnitsFile, code, "name", dto.Name);
        var symbol = dto.Symbol is null ? null : text(UnitsFile, code, "symbol", dto.Symbol);
        UnitKind? kind = Enum.TryParse<UnitKind>(dto.Kind, ignoreCase: true, out var k) && dto.Kind is { } s && !char.IsDigit(s[0]) ? k : null;
        if (kind is null) fail(UnitsFile, code, $"kind must be one of {string.Join(", ", Enum.GetNames<UnitKind>().Select(n => n.ToLowerInvariant()))}, not '{dto.Kind}'");
        if (dto.Decimals is not (>= 0 and <= 6)) fail(UnitsFile, code, "decimals must be 0 to 6");
        if (dto.Min > dto.Max) fail(UnitsFile, code, "min is above max");
        if (kind == UnitKind.Percent && (dto.Min is not 0 || dto.Max is not 100)) fail(UnitsFile, code, "a percent unit is percent points: min 0 and max 100");
        if (name is null || kind is null || dto.Decimals is not (>= 0 and <= 6) || dto.Min > dto.Max) return null;
        return new MeasureUnit(code, kind.Value, name, symbol, dto.Decimals.Value, dto.Min, dto.Max);
    }

    /// <summary>The languages <paramref name="dto"/> offers, its default first (the fallback of every text); empty when it names none.</summary>
    public static IReadOnlyList<string> Offered(RegisterDto? dto)
    {
        var languages = (dto?.Languages ?? []).Distinct(StringComparer.Ordinal).ToList();
        return dto?.DefaultLanguage is { } d && languages.Remove(d) ? [d, .. languages] : languages;
    }

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]{2,8})*$")]
    private static partial Regex LanguagePattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{0,99}$")]
    private static partial Regex IdPattern();
}
