using RiskEngine.Rules;
using RiskEngine.Testing;
using RiskWorker.Cli;

namespace RiskWorker.Tests.Support;

/// <summary>The repository's register with the pseudo-language added as a university adds a language, compiled with the worker's words.</summary>
internal static class PseudoRegister
{
    /// <returns>The copied rules folder and its compiled rule set.</returns>
    public static async Task<(string Rules, CompiledRuleSet Set)> MakeAsync(TempDirectory temp)
    {
        var rules = RulesCopy.Of(temp);
        PseudoLanguage.AddTo(rules, typeof(EngineServices).Assembly);
        return (rules, await WorkerRules.LoadAsync(rules));
    }

    /// <summary>The text of <paramref name="text"/> outside every ⟦ ⟧: what did not come from the pseudo-language's texts and words.</summary>
    public static string Outside(string text)
    {
        var outside = new System.Text.StringBuilder();
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '⟦') depth++;
            else if (c == '⟧') depth--;
            else if (depth == 0) outside.Append(c);
        }

        return outside.ToString();
    }
}
