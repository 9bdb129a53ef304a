using System.Text.Json.Nodes;

namespace RiskWorker.Tests.Support;

/// <summary>A copy of the repository's rules/ in a temp folder, for a test to break.</summary>
internal static class RulesCopy
{
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

    /// <summary>Copies rules/ under <paramref name="temp"/> and sets rule <paramref name="index"/> of <paramref name="workflow"/> to <paramref name="expression"/>; returns the folder and the rule's name.</summary>
    public static (string Directory, string RuleName) WithBrokenRule(TempDirectory temp, string workflow, int index, string expression)
    {
        var rules = Of(temp);
        var path = Path.Combine(rules, "workflows", workflow);
        var node = JsonNode.Parse(File.ReadAllText(path))!;
        var rule = node["Rules"]![index]!;
        rule["Expression"] = expression;
        File.WriteAllText(path, node.ToJsonString());
        return (rules, rule["RuleName"]!.GetValue<string>());
    }
}
