using System.Text;
using RiskEngine;

namespace RiskWorker.Output;

/// <summary>The plain-text table <c>evaluate</c> prints.</summary>
internal static class EvaluationTable
{
    public static string Render(Evaluation evaluation, IRiskRegister register, string language)
    {
        var s = new StringBuilder();
        if (evaluation.Illustrative) s.AppendLine(Labels.Illustrative(language)).AppendLine();
        s.AppendLine($"{Labels.AsOf(language)} {evaluation.AsOf:yyyy-MM-dd} · rules {evaluation.RuleSetVersion}");
        s.AppendLine($"{"code",-5} {"L",1} {"I",1} {"score",5} {"level",-8} {"appetite",-8} {"move",-5} {"stale",-5} {"worst scope",-12} title");
        foreach (var r in evaluation.Risks)
        {
            var title = register.FindRisk(r.Code)!.Title.Get(language);
            s.AppendLine($"{r.Code,-5} {r.Likelihood,1} {r.Impact,1} {r.Score,5} {r.Level.ToString().ToLowerInvariant(),-8} {(r.AboveAppetite ? "ABOVE" : "ok"),-8} {r.Movement.ToString().ToLowerInvariant(),-5} {(r.Stale ? "yes" : ""),-5} {r.WorstScope,-12} {title}");
            foreach (var reason in r.Reasons) s.AppendLine($"      · [{reason.Rule}] {reason.Text.Get(language)}");
        }

        return s.ToString();
    }
}
