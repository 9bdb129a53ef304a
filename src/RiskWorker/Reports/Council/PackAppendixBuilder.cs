using RiskEngine;

namespace RiskWorker.Reports.Council;

/// <summary>Builds the appendix from the facts and the stored observations.</summary>
internal static class PackAppendixBuilder
{
    private const int MaxNotes = 12;

    public static PackAppendix Build(IRiskRegister register, IReadOnlyList<IndicatorFact> facts, IReadOnlyList<Observation> observations)
    {
        var university = facts.Where(f => f.Scope == Scopes.University).ToDictionary(f => f.Code);
        var stale = register.Indicators
            .Select(i => (Indicator: i, Fact: university.GetValueOrDefault(i.Code) ?? IndicatorFact.None(i.Code, Scopes.University)))
            .Where(x => x.Fact.Stale || x.Fact.Missing)
            .Select(x => (x.Indicator, x.Fact, (IReadOnlyList<string>)register.Rules.Where(r => r.Indicator == x.Indicator.Code).Select(r => r.Risk).Distinct().ToList()))
            .ToList();
        var notes = observations
            .Where(o => !string.IsNullOrWhiteSpace(o.Note))
            .GroupBy(o => o.Note!.Trim(), StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(n => n.Item2).ThenBy(n => n.Key, StringComparer.Ordinal)
            .Take(MaxNotes)
            .ToList();
        return new PackAppendix(
            stale,
            observations.Count,
            observations.Select(o => o.Scope).Where(s => s != Scopes.University).Distinct().Count(),
            university.Values.Count(f => f.HasValue),
            register.Indicators.Where(i => !i.SourceTarget).ToList(),
            notes);
    }
}
