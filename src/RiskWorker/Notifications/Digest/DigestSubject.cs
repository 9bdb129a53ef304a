using RiskEngine;
using RiskWorker.Notifications.Templates;

namespace RiskWorker.Notifications.Digest;

/// <summary>The digest's subject says the essentials: "2 high, 1 rising, 3 indicators to update", then actions overdue and due soon; zero counts left out.</summary>
internal static class DigestSubject
{
    public static string For(DigestModel model)
    {
        var w = model.Words;
        var parts = new List<string>();
        Add(parts, w, "critical", model.Risks.Count(r => r.Level == RiskLevel.Critical));
        Add(parts, w, "high", model.Risks.Count(r => r.Level == RiskLevel.High));
        Add(parts, w, "rising", model.Risks.Count(r => r.Movement == Movement.Up));
        Add(parts, w, "indicators", model.Indicators.Count);
        Add(parts, w, "overdue", model.Overdue.Count);
        Add(parts, w, "due-soon", model.DueSoon.Count);
        var summary = parts.Count > 0 ? string.Join(", ", parts) : w["mail.digest.subject.nothing-new"];
        return w.Tagged(model.Illustrative, w.Format("mail.digest.subject", ("week", model.Week), ("summary", summary)));
    }

    private static void Add(List<string> parts, Words words, string what, int count)
    {
        if (count > 0) parts.Add(words.Plural($"mail.digest.subject.{what}", count));
    }
}
