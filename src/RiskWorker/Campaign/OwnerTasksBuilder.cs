using RiskEngine;
using RiskWorker.Notifications.Digest;
using RiskWorker.Notifications.Routing;
using RiskWorker.Output;

namespace RiskWorker.Campaign;

/// <summary>
/// Who is asked what before the meeting. Everyone the routing reaches for a risk, an indicator or an action is an
/// owner and gets a list: the indicators of their roles whose university value is stale or missing today (from the
/// facts, so a value reported yesterday counts), and their open actions, overdue first. Roles nobody holds route to
/// the fallback office with the reason, as digests and alerts do.
/// </summary>
internal static class OwnerTasksBuilder
{
    public static IReadOnlyList<OwnerTasks> Build(
        IRiskRegister register, OwnerRouting routing, IReadOnlyList<IndicatorFact> facts, IReadOnlyDictionary<string, Observation> latest,
        IReadOnlyList<MitigationAction> actions, DateOnly today, Func<string, bool>? covers = null)
    {
        var people = new Dictionary<string, CampaignDraft>(StringComparer.OrdinalIgnoreCase);
        CampaignDraft Reach(Delivery d)
        {
            if (!people.TryGetValue(d.To.Email, out var draft)) people[d.To.Email] = draft = new CampaignDraft(d.To);
            return draft;
        }

        // A body that reviews some risks asks only about them: their owners, the indicators their rules read, their actions.
        covers ??= _ => true;
        var risks = register.Risks.Where(r => covers(r.Code)).ToList();
        var every = risks.Count == register.Risks.Count;
        var read = register.Rules.Where(r => r.Indicator is not null && covers(r.Risk)).Select(r => r.Indicator!).ToHashSet(StringComparer.Ordinal);
        foreach (var risk in risks)
        {
            foreach (var delivery in routing.Route(risk.Owners)) Reach(delivery);
        }

        var university = facts.Where(f => f.Scope == Scopes.University).ToDictionary(f => f.Code, StringComparer.Ordinal);
        foreach (var indicator in register.Indicators.Where(i => every || read.Contains(i.Code)))
        {
            var due = university.GetValueOrDefault(indicator.Code) is not { } fact || fact.Stale || fact.Missing;
            foreach (var delivery in routing.Route([indicator.Owner]))
            {
                var draft = Reach(delivery);
                if (!due) continue;
                latest.TryGetValue(indicator.Code, out var last);
                draft.Indicators.Add(new DigestIndicator(indicator.Code, indicator.Name.Get(delivery.To.Language), DigestIndicator.SymbolOf(register, indicator, delivery.To.Language), last?.Period, last?.Value, last?.Note));
                draft.Listed(delivery, indicator.Code);
            }
        }

        foreach (var action in actions.Where(a => a.IsOpen && covers(a.Risk)).OrderBy(a => a.Due ?? DateOnly.MaxValue))
        {
            var overdue = action.IsOverdue(today);
            var daysOverdue = overdue ? today.DayNumber - action.Due!.Value.DayNumber : 0;
            foreach (var delivery in routing.Route([action.Owner]))
            {
                var draft = Reach(delivery);
                var item = new DigestAction(action.Risk, ActionTexts.InLanguage(register, action, delivery.To.Language), action.Due, action.Status, daysOverdue);
                (overdue ? draft.Overdue : draft.Open).Add(item);
                draft.Listed(delivery, action.Risk);
            }
        }

        return people.Values.Select(p => p.ToTasks(register)).OrderBy(t => t.To.Email, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
