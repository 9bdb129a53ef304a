using System.Text.Json.Nodes;

namespace RiskWorker.Tests.Support;

/// <summary>A copy of the repository's rules/ in a temp folder, for a test to break.</summary>
internal static class RulesCopy
{
    /// <summary>Copies rules/ under <paramref name="temp"/> and sets the condition of rule <paramref name="index"/> of rule file <paramref name="ruleFile"/> to <paramref name="condition"/>; returns the folder and the rule's name.</summary>
    public static (string Directory, string RuleName) WithBrokenRule(TempDirectory temp, string ruleFile, int index, string condition)
    {
        var rules = Of(temp);
        var path = Path.Combine(rules, "rules", ruleFile);
        var node = JsonNode.Parse(File.ReadAllText(path))!;
        var rule = node["rules"]![index]!;
        rule["condition"] = condition;
        File.WriteAllText(path, node.ToJsonString());
        return (rules, rule["id"]!.GetValue<string>());
    }

    /// <summary>Copies rules/ under <paramref name="temp"/>; returns the folder.</summary>
    public static string Of(TempDirectory temp)
    {
        var rules = temp.File("rules");
        foreach (var f in System.IO.Directory.EnumerateFiles(RepoPaths.Rules, "*", SearchOption.AllDirectories))
        {
            var dest = Path.Combine(rules, Path.GetRelativePath(RepoPaths.Rules, f));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(f, dest);
        }

        return rules;
    }
}
