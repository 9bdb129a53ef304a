using System.Globalization;
using System.Text;
using RiskEngine;
using RiskWorker.Demo;
using RiskWorker.Tests.Notify.Support;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Demo;

/// <summary>
/// The demo's evaluation — every risk, every scope, likelihood, impact and each reason — as recorded on the engine
/// before the switch to NRules (demo-evaluation.golden.txt). A change of engine must not change a single rating.
/// </summary>
public sealed class DemoEvaluationGoldenTests
{
    private static readonly string GoldenPath = Path.Combine(RepoPaths.Root, "tests", "RiskWorker.Tests", "Demo", "demo-evaluation.golden.txt");

    [Fact]
    public async Task EvaluateAsync_Demo_MatchesTheRecordedEvaluation()
    {
        using var world = new NotifyWorld();
        await new DemoDataSet(world.Register).StoreAsync(world.Get<IScopeStore>(), world.Get<IObservationStore>(), world.Get<IMitigationActionStore>(),
            NotifyWorld.Today, CancellationToken.None);

        var evaluation = await world.Get<IRiskEvaluator>().EvaluateAsync(NotifyWorld.Today);

        var actual = Describe(evaluation);
        var actualPath = Path.Combine(AppContext.BaseDirectory, "demo-evaluation.actual.txt");
        await File.WriteAllTextAsync(actualPath, actual);
        Assert.True(File.ReadAllText(GoldenPath) == actual, $"the demo's evaluation changed: compare {actualPath} with {GoldenPath}");
    }

    private static string Describe(Evaluation evaluation)
    {
        var text = new StringBuilder();
        foreach (var risk in evaluation.Risks)
        {
            text.Append(CultureInfo.InvariantCulture, $"risk {risk.Code}: L{risk.Likelihood} I{risk.Impact} worst {risk.WorstScope}\n");
            foreach (var scope in risk.Scopes)
            {
                text.Append(CultureInfo.InvariantCulture, $"  scope {scope.Scope}: L{scope.Likelihood} I{scope.Impact} stale [{string.Join(",", scope.StaleIndicators)}]\n");
                foreach (var r in scope.Reasons.OrderBy(r => r.Rule, StringComparer.Ordinal))
                {
                    text.Append(CultureInfo.InvariantCulture,
                        $"    {r.Rule} {r.Indicator ?? "-"} {r.Scope} {r.Sets}={r.Level} value={r.Value} target={r.Target} gap={r.Gap} line={r.SourceLine} default={r.IsDefault}\n");
                    text.Append(CultureInfo.InvariantCulture, $"      ky: {r.Text.Ky}\n      ru: {r.Text.Ru}\n      en: {r.Text.En}\n");
                }
            }
        }

        return text.ToString();
    }
}
