namespace RiskEngine.Register;

/// <summary>
/// Reads a risk's <c>drivenBy</c> list and checks the links of the whole register: the driver must be another risk of
/// the register, the cause line one of the driven risk's causes (a link rests on the plan's own words), and the links
/// must not form a cycle, since a risk cannot be raised by itself.
/// </summary>
internal sealed class RiskLinkReader(List<RuleSetError> errors)
{
    private static readonly Dictionary<string, RiskLevel> Levels = new(StringComparer.Ordinal)
    {
        ["medium"] = RiskLevel.Medium,
        ["high"] = RiskLevel.High,
        ["critical"] = RiskLevel.Critical,
    };

    public IReadOnlyList<RiskLink> Read(string file, string code, IReadOnlyList<LocalizedText> causes, List<RiskLinkDto>? dtos)
    {
        var links = new List<RiskLink>();
        foreach (var (dto, i) in (dtos ?? []).Select((d, i) => (d, i)))
        {
            var where = $"drivenBy[{i}]";
            var ok = true;
            void Fail(EngineMessage reason) { errors.Add(new(file, code, Field(where, reason), Kind: RuleSetItemKind.Risk)); ok = false; }

            if (string.IsNullOrWhiteSpace(dto.Risk)) Fail(EngineMessage.Of("error.register.link.risk-missing"));
            else if (dto.Risk == code) Fail(EngineMessage.Of("error.register.link.self"));
            if (dto.Cause is not { } cause) Fail(EngineMessage.Of("error.register.link.cause-missing"));
            else if (causes.All(c => c.Line != cause)) Fail(EngineMessage.Of("error.register.link.cause", ("cause", cause)));
            var side = dto.Raises switch { "likelihood" => RatingSide.Likelihood, "impact" => (RatingSide?)RatingSide.Impact, _ => null };
            if (side is null) Fail(EngineMessage.Of("error.register.link.raises", ("value", dto.Raises)));
            if ((dto.To is null) == (dto.By is null)) Fail(EngineMessage.Of("error.register.link.to-or-by"));
            else if (dto.To is not (null or (>= RiskScale.Min and <= RiskScale.Max))) Fail(EngineMessage.Of("error.register.link.to"));
            else if (dto.By is not (null or (>= 1 and <= RiskScale.Max - 1))) Fail(EngineMessage.Of("error.register.link.by"));
            if (!Levels.TryGetValue(dto.From ?? "", out var from)) Fail(EngineMessage.Of("error.register.link.from", ("value", dto.From)));
            if (links.Any(l => l.Driver == dto.Risk)) Fail(EngineMessage.Of("error.register.link.twice", ("risk", dto.Risk)));
            if (ok) links.Add(new RiskLink(dto.Risk!, code, dto.Cause!.Value, side!.Value, dto.To, dto.By, from));
        }

        return links;
    }

    public void Check(IReadOnlyList<Risk> risks)
    {
        var codes = risks.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var link in risks.SelectMany(r => r.DrivenBy).Where(l => !codes.Contains(l.Driver)))
        {
            errors.Add(new($"risks/{link.Driven}.json", link.Driven, Field("drivenBy", EngineMessage.Of("error.register.unknown-risk", ("code", link.Driver))), Kind: RuleSetItemKind.Risk));
        }

        if (FindCycle(risks) is { } cycle)
        {
            errors.Add(new($"risks/{cycle[0]}.json", cycle[0], Field("drivenBy", EngineMessage.Of("error.register.link.cycle", ("cycle", string.Join(" → ", cycle)))), Kind: RuleSetItemKind.Risk));
        }
    }

    /// <summary>A problem with one field of a file: <c>drivenBy[0]: …</c>.</summary>
    internal static EngineMessage Field(string field, EngineMessage problem) => EngineMessage.Of("error.register.field", ("field", field), ("problem", problem));

    // Depth-first over "driven by" edges; returns the risks of the first cycle met, the first repeated at the end.
    private static List<string>? FindCycle(IReadOnlyList<Risk> risks)
    {
        var drivers = risks.ToDictionary(r => r.Code, r => r.DrivenBy.Select(l => l.Driver).ToList(), StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        List<string>? Visit(string code)
        {
            if (path.IndexOf(code) is var at and >= 0) return [.. path[at..], code];
            if (!done.Add(code)) return null;
            path.Add(code);
            foreach (var driver in drivers.GetValueOrDefault(code) ?? []) if (Visit(driver) is { } cycle) return cycle;
            path.RemoveAt(path.Count - 1);
            return null;
        }

        return risks.Select(r => Visit(r.Code)).FirstOrDefault(c => c is not null);
    }
}
