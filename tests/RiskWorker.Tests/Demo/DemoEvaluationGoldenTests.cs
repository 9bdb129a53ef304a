using System.Globalization;
using System.Text;
using RiskEngine;
using RiskWorker.Demo;
using RiskWorker.Tests.Notify.Support;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Demo;

/// <summary>
/// The demo's evaluation — every risk, every scope, likelihood, impact and each reason — as recorded on Microsoft
/// RulesEngine before the switch to NRules (demo-evaluation.golden.txt, which had no links between risks). The change
/// of engine must not change a single rating; the links change only what a driver raised. Since then one deliberate
/// changes: the institution-wide scope is named by the register's short name (ОшТУ / OshTU), not "университет / university";
/// the demo's faculties are made from the register's words ("1-факультет (иллюстрациялык)", codes F1, F2, I1), not OshTU's
/// faculty names (the ratings are unchanged: only the names, codes and so the order of scopes moved).
/// </summary>
public sealed class DemoEvaluationGoldenTests
{
    private static readonly string GoldenPath = Path.Combine(RepoPaths.Root, "tests", "RiskWorker.Tests", "Demo", "demo-evaluation.golden.txt");

    [Fact]
    public async Task EvaluateAsync_DemoWithoutLinks_MatchesTheEvaluationRecordedBeforeTheSwitch()
    {
        using var temp = new TempDirectory();

        var evaluation = await EvaluateDemoAsync(await WithoutLinksAsync(temp));

        var actual = Describe(evaluation);
        var actualPath = Path.Combine(AppContext.BaseDirectory, "demo-evaluation.actual.txt");
        await File.WriteAllTextAsync(actualPath, actual);
        Assert.True(File.ReadAllText(GoldenPath) == actual, $"the demo's evaluation changed: compare {actualPath} with {GoldenPath}");
    }

    [Fact]
    public async Task EvaluateAsync_DemoWithLinks_DiffersOnlyWhereADriverRaisedTheRisk()
    {
        using var temp = new TempDirectory();
        var without = (await EvaluateDemoAsync(await WithoutLinksAsync(temp))).Risks.ToDictionary(r => r.Code);

        var with = await EvaluateDemoAsync(SharedRules.Value);

        var driven = with.Risks.SelectMany(r => r.Reasons).Where(r => r.Driver is not null).ToList();
        Assert.NotEmpty(driven);
        foreach (var risk in with.Risks)
        {
            foreach (var scope in risk.Scopes)
            {
                var before = without[risk.Code].Scopes.SingleOrDefault(s => s.Scope == scope.Scope);
                if (before is not null && (before.Likelihood, before.Impact) == (scope.Likelihood, scope.Impact)) continue;
                Assert.True(scope.Reasons.Any(r => r.Driver is not null), $"{risk.Code} in {scope.Scope} changed with no driver among its reasons");
            }
        }
    }

    private static async Task<Evaluation> EvaluateDemoAsync(RiskEngine.Rules.CompiledRuleSet rules)
    {
        using var world = new NotifyWorld(rules);
        await new DemoDataSet(world.Register).StoreAsync(world.Get<IScopeStore>(), world.Get<IObservationStore>(), world.Get<IMitigationActionStore>(),
            NotifyWorld.Today, CancellationToken.None);
        return await world.Get<IRiskEvaluator>().EvaluateAsync(NotifyWorld.Today);
    }

    private static async Task<RiskEngine.Rules.CompiledRuleSet> WithoutLinksAsync(TempDirectory temp)
    {
        var rules = RulesCopy.Of(temp);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(rules, "risks"), "*.json"))
        {
            var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            node.Remove("drivenBy");
            File.WriteAllText(file, node.ToJsonString());
        }

        return await WorkerRules.LoadAsync(rules);
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
                    text.Append(CultureInfo.InvariantCulture, $"      ky: {r.Text.Get("ky")}\n      ru: {r.Text.Get("ru")}\n      en: {r.Text.Get("en")}\n");
                }
            }
        }

        return text.ToString();
    }
}
