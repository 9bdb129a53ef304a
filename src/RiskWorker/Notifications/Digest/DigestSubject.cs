using RiskEngine;
using RiskWorker.Notifications.Templates;

namespace RiskWorker.Notifications.Digest;

/// <summary>The digest's subject says the essentials: "2 high, 1 rising, 3 indicators to update", then actions overdue and due soon; zero counts left out.</summary>
internal static class DigestSubject
{
    public static string For(DigestModel model)
    {
        var w = MailWords.For(model.To.Language);
        var parts = new List<string>();
        Add(parts, model.Risks.Count(r => r.Level == RiskLevel.Critical), w.SubjectCritical);
        Add(parts, model.Risks.Count(r => r.Level == RiskLevel.High), w.SubjectHigh);
        Add(parts, model.Risks.Count(r => r.Movement == Movement.Up), w.SubjectRising);
        Add(parts, model.Indicators.Count, w.SubjectIndicators);
        Add(parts, model.Overdue.Count, w.SubjectOverdue);
        Add(parts, model.DueSoon.Count, w.SubjectDueSoon);
        var summary = parts.Count > 0 ? string.Join(", ", parts) : w.SubjectNothingNew;
        return $"{(model.Illustrative ? w.IllustrativeTag + " " : "")}{w.DigestTitle} {model.Week}: {summary}";
    }

    private static void Add(List<string> parts, int count, Func<int, string> text)
    {
        if (count > 0) parts.Add(text(count));
    }
}
