using RiskEngine;
using RiskWorker.Notifications.Routing;
using RiskWorker.Output;

namespace RiskWorker.Notifications.Digest;

/// <summary>
/// Splits one evaluation into per-person digests: risks by the roles that own them, stale indicators by the role that
/// reports them, actions by the role that carries them out. Anyone with something in any section gets a digest: an
/// office that owns no risk still has indicators to report and actions to finish.
/// </summary>
internal static class DigestBuilder
{
    public static IReadOnlyList<DigestModel> Build(DigestInputs inputs)
    {
        var people = new Dictionary<string, DigestDraft>(StringComparer.OrdinalIgnoreCase);
        DigestDraft Draft(Delivery d, string item)
        {
            if (!people.TryGetValue(d.To.Email, out var draft)) people[d.To.Email] = draft = new DigestDraft(d.To);
            draft.Reached(d, item);
            return draft;
        }

        var reference = inputs.Reference?.Risks.ToDictionary(r => r.Code, r => r.Score) ?? [];
        foreach (var assessment in inputs.Current.Risks)
        {
            var risk = inputs.Register.FindRisk(assessment.Code);
            foreach (var delivery in inputs.Routing.Route(risk?.Owners ?? []))
            {
                var language = delivery.To.Language;
                var decision = DigestDecision.Of(inputs.Decisions.GetValueOrDefault(assessment.Code), body => inputs.BodyName(body, language));
                Draft(delivery, assessment.Code).Risks.Add(ToRisk(assessment, risk, reference, inputs.Register, language) with { LastDecision = decision });
            }
        }

        foreach (var indicator in inputs.Current.Risks.SelectMany(r => r.StaleIndicators).Distinct(StringComparer.Ordinal).Select(inputs.Register.FindIndicator).OfType<Indicator>())
        {
            foreach (var delivery in inputs.Routing.Route([indicator.Owner]))
            {
                inputs.LatestObservations.TryGetValue(indicator.Code, out var last);
                Draft(delivery, indicator.Code).Indicators.Add(new DigestIndicator(indicator.Code, indicator.Name.Get(delivery.To.Language), DigestIndicator.SymbolOf(inputs.Register, indicator, delivery.To.Language), last?.Period, last?.Value, last?.Note));
            }
        }

        var horizon = inputs.Today.AddDays(inputs.HorizonDays);
        foreach (var action in inputs.Actions.Where(a => a.IsOpen && a.Due is { } due && due <= horizon).OrderBy(a => a.Due))
        {
            var daysOverdue = Math.Max(0, inputs.Today.DayNumber - action.Due!.Value.DayNumber);
            foreach (var delivery in inputs.Routing.Route([action.Owner]))
            {
                var draft = Draft(delivery, action.Risk);
                var item = new DigestAction(action.Risk, ActionTexts.InLanguage(inputs.Register, action, delivery.To.Language), action.Due, action.Status, daysOverdue);
                (action.IsOverdue(inputs.Today) ? draft.Overdue : draft.DueSoon).Add(item);
            }
        }

        var week = OutboxKeys.IsoWeek(inputs.Today);
        return people.Values
            .Select(p => p.ToModel(week, inputs))
            .OrderBy(m => m.To.Email, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static DigestRisk ToRisk(RiskAssessment a, Risk? risk, Dictionary<string, int> reference, IRiskRegister register, string language)
    {
        int? before = reference.TryGetValue(a.Code, out var s) ? s : null;
        return new DigestRisk(a.Code, risk?.Title.Get(language) ?? a.Code, a.Likelihood, a.Impact, a.Score, a.Level, a.AboveAppetite, a.Appetite,
            RiskScale.MovementOf(a.Score, before), before, a.Stale, ReasonLines.Of(a, register, language));
    }
}
