using System.Text.RegularExpressions;

namespace RiskEngine.Register;

/// <summary>Reads <c>register.json</c> (who the register is) and <c>units.json</c> (its units), adding a named error per problem.</summary>
internal sealed partial class RegisterIdentityReader(
    Func<string, string?, string, LocalizedText?, LocalizedText?> text, Action<string, string?, EngineMessage> fail)
{
    public const string File = "register.json";
    public const string UnitsFile = "units.json";

    public IReadOnlyList<MeasureUnit> Units(List<UnitDto> dtos)
    {
        var units = dtos.Select(ToUnit).OfType<MeasureUnit>().ToList();
        foreach (var dup in units.GroupBy(u => u.Code, StringComparer.Ordinal).Where(g => g.Count() > 1)) fail(UnitsFile, dup.Key, EngineMessage.Of("error.register.duplicate-code"));
        if (dtos.Count == 0) fail(UnitsFile, null, EngineMessage.Of("error.register.no-units"));
        return units;
    }

    public RegisterIdentity? Identity(RegisterDto? dto, ISet<string> officeCodes)
    {
        if (dto is null) return null;
        if (string.IsNullOrWhiteSpace(dto.Id) || !IdPattern().IsMatch(dto.Id)) fail(File, null, EngineMessage.Of("error.register.id", ("id", dto.Id)));
        var name = text(File, null, "institution.name", dto.Institution?.Name);
        var shortName = text(File, null, "institution.shortName", dto.Institution?.ShortName);
        var title = text(File, null, "plan.title", dto.Plan?.Title);
        var sourceTitle = text(File, null, "plan.source.title", dto.Plan?.Source?.Title);
        if (string.IsNullOrWhiteSpace(dto.Plan?.Source?.File)) fail(File, null, EngineMessage.Of("error.register.source-file"));
        if (dto.Plan?.FirstYear is not (>= 1900 and <= 2200) || dto.Plan.LastYear is not { } last || last < dto.Plan.FirstYear) fail(File, null, EngineMessage.Of("error.register.plan-years"));
        var languages = dto.Languages ?? [];
        foreach (var l in languages.Where(l => !LanguagePattern().IsMatch(l))) fail(File, null, EngineMessage.Of("error.register.language-code", ("code", l)));
        if (languages.Count == 0 || languages.Distinct(StringComparer.Ordinal).Count() != languages.Count) fail(File, null, EngineMessage.Of("error.register.languages"));
        if (dto.DefaultLanguage is null || !languages.Contains(dto.DefaultLanguage)) fail(File, null, EngineMessage.Of("error.register.default-language", ("language", dto.DefaultLanguage)));
        var zone = Zone(dto.TimeZone);
        if (dto.FallbackOffice is null || !officeCodes.Contains(dto.FallbackOffice)) fail(File, null, EngineMessage.Of("error.register.fallback-office", ("office", dto.FallbackOffice)));
        if (name is null || shortName is null || title is null || sourceTitle is null || zone is null || dto.Plan?.Source?.File is not { } source) return null;
        return new RegisterIdentity(dto.Id ?? "", name, shortName, new RegisterPlan(title, dto.Plan.FirstYear ?? 0, dto.Plan.LastYear ?? 0, source, sourceTitle),
            Offered(dto), dto.DefaultLanguage ?? "", zone, dto.FallbackOffice ?? "");
    }

    private TimeZoneInfo? Zone(string? id)
    {
        if (!string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)) return zone;
        fail(File, null, EngineMessage.Of("error.register.time-zone", ("zone", id)));
        return null;
    }

    private MeasureUnit? ToUnit(UnitDto dto)
    {
        var code = dto.Code;
        if (string.IsNullOrWhiteSpace(code)) { fail(UnitsFile, null, RegisterLoader.Missing("code")); return null; }
        var name = text(UnitsFile, code, "name", dto.Name);
        var symbol = dto.Symbol is null ? null : text(UnitsFile, code, "symbol", dto.Symbol);
        UnitKind? kind = Enum.TryParse<UnitKind>(dto.Kind, ignoreCase: true, out var k) && dto.Kind is { } s && !char.IsDigit(s[0]) ? k : null;
        if (kind is null) fail(UnitsFile, code, EngineMessage.Of("error.register.unit-kind", ("kinds", string.Join(", ", Enum.GetNames<UnitKind>().Select(n => n.ToLowerInvariant()))), ("kind", dto.Kind)));
        if (dto.Decimals is not (>= 0 and <= 6)) fail(UnitsFile, code, EngineMessage.Of("error.register.unit-decimals"));
        if (dto.Min > dto.Max) fail(UnitsFile, code, EngineMessage.Of("error.register.unit-range"));
        if (kind == UnitKind.Percent && (dto.Min is not 0 || dto.Max is not 100)) fail(UnitsFile, code, EngineMessage.Of("error.register.unit-percent"));
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
