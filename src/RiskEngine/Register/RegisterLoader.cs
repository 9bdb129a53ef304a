using System.Globalization;

namespace RiskEngine.Register;

/// <summary>Turns the register files of <c>rules/</c> into validated model records, collecting every error.</summary>
internal sealed class RegisterLoader(RegisterFiles files)
{
    private readonly List<RuleSetError> _errors = files.Errors;
    private readonly RiskLinkReader _links = new(files.Errors);
    private RegisterIdentityReader IdentityReader => new(Text, Fail);

    // The register's languages, its default first; every text of the register is checked against them.
    private IReadOnlyList<string> _languages = [];

    /// <summary>The languages register.json offers, its default first (known once <see cref="Load"/> has read it).</summary>
    public IReadOnlyList<string> Languages => _languages;

    public RiskRegisterData Load()
    {
        files.CheckLayout();
        var identity = files.Read<RegisterDto>(RegisterIdentityReader.File);
        _languages = RegisterIdentityReader.Offered(identity);
        var units = IdentityReader.Units(files.Read<List<UnitDto>>(RegisterIdentityReader.UnitsFile) ?? []).ToDictionary(u => u.Code, StringComparer.Ordinal);
        var categories = (files.Read<List<CategoryDto>>("categories.json") ?? []).Select(ToCategory).OfType<Category>().ToList();
        var offices = (files.Read<List<OfficeDto>>("offices.json") ?? []).Select(ToOffice).OfType<Office>().ToList();
        var risks = files.List("risks").Select(f => ToRisk(f, files.Read<RiskDto>(f))).OfType<Risk>().OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
        var generic = (files.Read<List<GenericRiskDto>>("generic-risks.json") ?? []).Select(ToGeneric).OfType<GenericRisk>().ToList();
        var indicators = (files.Read<List<IndicatorDto>>("indicators.json") ?? []).Select(d => ToIndicator(d, units)).OfType<Indicator>().ToList();
        files.RefuseIfAnyUnread();

        Unique("categories.json", categories.Select(c => c.Code));
        Unique("offices.json", offices.Select(o => o.Code));
        Unique("risks/", risks.Select(r => r.Code));
        Unique("indicators.json", indicators.Select(i => i.Code));

        var categoryCodes = categories.Select(c => c.Code).ToHashSet();
        var officeCodes = offices.Select(o => o.Code).ToHashSet();
        var riskCodes = risks.Select(r => r.Code).ToHashSet();
        var register = IdentityReader.Identity(identity, officeCodes);
        foreach (var risk in risks)
        {
            var file = $"risks/{risk.Code}.json";
            if (!categoryCodes.Contains(risk.Category)) Fail(file, risk.Code, EngineMessage.Of("error.register.unknown-category", ("code", risk.Category)));
            foreach (var owner in risk.Owners.Where(o => !officeCodes.Contains(o))) Fail(file, risk.Code, EngineMessage.Of("error.register.unknown-office", ("code", owner)));
        }

        _links.Check(risks);

        foreach (var g in generic)
        {
            foreach (var code in g.RelatedRisks.Where(c => !riskCodes.Contains(c))) Fail("generic-risks.json", g.Number.ToString(CultureInfo.InvariantCulture), EngineMessage.Of("error.register.unknown-risk", ("code", code)));
        }

        foreach (var i in indicators.Where(i => !officeCodes.Contains(i.Owner))) Fail("indicators.json", i.Code, EngineMessage.Of("error.register.unknown-owner", ("code", i.Owner)));

        return new RiskRegisterData(categories, offices, risks, generic, indicators) { Identity = register, Units = [.. units.Values] };
    }

    private Category? ToCategory(CategoryDto dto)
    {
        var name = Text("categories.json", dto.Code, "name", dto.Name);
        if (Required("categories.json", dto.Code, "code", dto.Code) is not { } code || name is null) return null;
        if (dto.Appetite is not (>= 1 and <= 25)) { Fail("categories.json", code, EngineMessage.Of("error.register.appetite")); return null; }
        return new Category(code, name, dto.Appetite.Value);
    }

    private Office? ToOffice(OfficeDto dto)
    {
        var name = Text("offices.json", dto.Code, "name", dto.Name);
        return Required("offices.json", dto.Code, "code", dto.Code) is { } code && name is not null ? new Office(code, name) : null;
    }

    private Risk? ToRisk(string file, RiskDto? dto)
    {
        if (dto is null) return null;
        var code = Required(file, null, "code", dto.Code);
        var title = Text(file, code, "title", dto.Title);
        var causes = Texts(file, code, "causes", dto.Causes);
        var impacts = Texts(file, code, "impacts", dto.Impacts);
        var actions = Texts(file, code, "actions", dto.Actions);
        var timeframe = dto.Timeframe is null ? null : Text(file, code, "timeframe", dto.Timeframe);
        var likelihood = dto.DefaultRating?.Likelihood;
        var impact = dto.DefaultRating?.Impact;
        if (likelihood is not (>= 1 and <= 5) || impact is not (>= 1 and <= 5)) Fail(file, code, EngineMessage.Of("error.register.default-rating"));
        if (dto.Line is null) Fail(file, code, Missing("line"));
        if (code is null || title is null || dto.Category is null || likelihood is null || impact is null) return null;
        if (Path.GetFileNameWithoutExtension(file) != code) Fail(file, code, EngineMessage.Of("error.register.file-name"));
        return new Risk(code, dto.Category, dto.Line ?? 0, title.WithLine(title.Line ?? dto.Line), causes, impacts, actions, dto.Owners ?? [], timeframe,
            RiskScale.Clamp(likelihood.Value), RiskScale.Clamp(impact.Value))
        {
            DrivenBy = _links.Read(file, code, causes, dto.DrivenBy),
        };
    }

    private GenericRisk? ToGeneric(GenericRiskDto dto)
    {
        var id = dto.Number?.ToString(CultureInfo.InvariantCulture);
        var name = Text("generic-risks.json", id, "name", dto.Name);
        var mitigation = Text("generic-risks.json", id, "mitigation", dto.Mitigation);
        return dto.Number is { } n && name is not null && mitigation is not null ? new GenericRisk(n, name, mitigation, dto.RelatedRisks ?? []) : null;
    }

    private Indicator? ToIndicator(IndicatorDto dto, Dictionary<string, MeasureUnit> units)
    {
        const string file = "indicators.json";
        var code = Required(file, null, "code", dto.Code);
        var name = Text(file, code, "name", dto.Name);
        var direction = dto.Direction switch { "higher" => IndicatorDirection.Higher, "lower" => (IndicatorDirection?)IndicatorDirection.Lower, _ => null };
        var frequency = Enum.TryParse<ReportingFrequency>(dto.Frequency, ignoreCase: true, out var f) ? f : (ReportingFrequency?)null;
        if (direction is null) Fail(file, code, EngineMessage.Of("error.register.direction", ("value", dto.Direction)));
        if (frequency is null) Fail(file, code, EngineMessage.Of("error.register.frequency", ("value", dto.Frequency)));
        if (string.IsNullOrWhiteSpace(dto.Unit)) Fail(file, code, Missing("unit"));
        else if (!units.ContainsKey(dto.Unit)) Fail(file, code, EngineMessage.Of("error.register.unit-undeclared", ("unit", dto.Unit), ("units", string.Join(", ", units.Keys))));
        // An undeclared unit is reported once above; a stand-in keeps the indicator, so rules over it are not also reported as unknown.
        var unit = dto.Unit is null ? null : units.GetValueOrDefault(dto.Unit) ?? new MeasureUnit(dto.Unit, UnitKind.Amount, LocalizedText.Same(dto.Unit), null, 0, null, null);
        var targets = new Dictionary<int, double>();
        foreach (var (year, value) in dto.Targets ?? [])
        {
            if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || !double.IsFinite(value)) Fail(file, code, EngineMessage.Of("error.register.target-year", ("year", year)));
            else if (unit?.Problem(value) is { } problem) Fail(file, code, EngineMessage.Of("error.register.target", ("year", year), ("problem", problem)));
            else targets[y] = value;
        }

        if (dto.Baseline?.Value is { } baseline && unit?.Problem(baseline) is { } baselineProblem) Fail(file, code, EngineMessage.Of("error.register.baseline", ("problem", baselineProblem)));

        if (targets.Count == 0) Fail(file, code, EngineMessage.Of("error.register.no-targets"));
        var notes = dto.Notes is null ? null : Text(file, code, "notes", dto.Notes);
        if (code is null || name is null || direction is null || frequency is null || unit is null || dto.Owner is null) return null;
        return new Indicator(code, name, unit.Code, direction.Value, dto.Baseline?.Year ?? 2022, dto.Baseline?.Value, targets,
            frequency.Value, dto.Owner, dto.Line, dto.SourceTarget ?? false, notes) { Measure = unit };
    }

    private void Fail(string file, string? item, EngineMessage reason) => _errors.Add(new(file, item, reason, Kind: KindOf(file)));

    private static RuleSetItemKind KindOf(string file) => file switch
    {
        "categories.json" => RuleSetItemKind.Category,
        "offices.json" => RuleSetItemKind.Office,
        "generic-risks.json" => RuleSetItemKind.GenericRisk,
        "indicators.json" => RuleSetItemKind.Indicator,
        RegisterIdentityReader.File => RuleSetItemKind.Register,
        RegisterIdentityReader.UnitsFile => RuleSetItemKind.Unit,
        _ when file.StartsWith("risks/", StringComparison.Ordinal) => RuleSetItemKind.Risk,
        _ => RuleSetItemKind.Rule,
    };

    private string? Required(string file, string? item, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) return value;
        Fail(file, item, Missing(field));
        return null;
    }

    /// <summary>
    /// A register text, checked complete: every language the register offers, none it does not (a misspelt code would
    /// otherwise hide a missing translation), kept in the register's order so the default language is the fallback.
    /// </summary>
    internal LocalizedText? Text(string file, string? item, string field, LocalizedText? dto)
    {
        var missing = _languages.Where(l => dto is null || !dto.Texts.Any(t => t.Key == l && !string.IsNullOrWhiteSpace(t.Value))).ToList();
        var unknown = dto?.Languages.Where(l => !_languages.Contains(l)).ToList() ?? [];
        if (missing.Count > 0) Fail(file, item, EngineMessage.Of("error.register.translation-missing", ("field", field), ("languages", string.Join(", ", missing))));
        if (unknown.Count > 0) Fail(file, item, EngineMessage.Of("error.register.language-unknown", ("field", field), ("codes", string.Join(", ", unknown.Select(l => $"'{l}'"))), ("languages", string.Join(", ", _languages))));
        if (missing.Count > 0 || unknown.Count > 0) return null;
        return new LocalizedText(_languages.Select(l => KeyValuePair.Create(l, dto!.Get(l).Trim())), dto!.Line);
    }

    private List<LocalizedText> Texts(string file, string? item, string field, List<LocalizedText>? dtos) =>
        (dtos ?? []).Select((d, i) => Text(file, item, $"{field}[{i}]", d)).OfType<LocalizedText>().ToList();

    internal static EngineMessage Missing(string field) => EngineMessage.Of("error.register.missing", ("field", field));

    private void Unique(string file, IEnumerable<string> codes)
    {
        foreach (var dup in codes.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1)) Fail(file, dup.Key, EngineMessage.Of("error.register.duplicate-code"));
    }
}
