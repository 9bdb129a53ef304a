using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.SecondRegister;

/// <summary>
/// What would betray that an output was made for OshTU: every text of the shipped rules/register.json (names, plan and
/// source titles, its id, source file and time zone), every office code of rules/offices.json as a whole word, and the
/// names the source-code check looks for (OshTU, ОшТУ, Osh, Ош, Adyshev, the plan's years and title).
/// </summary>
internal static partial class OshTuText
{
    public static IReadOnlyList<string> Phrases { get; } = ReadPhrases();

    public static IReadOnlyList<string> OfficeCodes { get; } =
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Rules, "offices.json")))!.AsArray().Select(o => o!["code"]!.GetValue<string>()).ToList();

    /// <summary>Each OshTU text found in <paramref name="text"/>, as it was found.</summary>
    public static IEnumerable<string> FoundIn(string text) =>
        Phrases.Where(p => text.Contains(p, StringComparison.OrdinalIgnoreCase))
            .Concat(OfficeCodes.Where(c => Regex.IsMatch(text, $@"(?<![\p{{L}}\d-]){Regex.Escape(c)}(?![\p{{L}}\d-])")))
            .Concat(Names().Matches(text).Select(m => m.Value))
            .Distinct(StringComparer.Ordinal);

    private static List<string> ReadPhrases()
    {
        var register = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Rules, "register.json")))!.AsObject();
        var phrases = new List<string> { register["id"]!.GetValue<string>(), register["timeZone"]!.GetValue<string>(), "Bishkek", "Бишкек" };
        foreach (var key in new[] { "institution", "plan" }) Strings(register[key], phrases);
        return phrases.Where(p => p.Length > 2).Distinct(StringComparer.Ordinal).ToList();
    }

    private static void Strings(JsonNode? node, List<string> into)
    {
        switch (node)
        {
            case JsonObject o: foreach (var (_, child) in o) Strings(child, into); break;
            case JsonArray a: foreach (var child in a) Strings(child, into); break;
            case JsonValue v when v.TryGetValue<string>(out var s): into.Add(s); break;
        }
    }

    [GeneratedRegex(@"OshTU|ОшТУ|(?<!\p{L})Osh(?!\p{L})|(?<!\p{L})Ош(?!\p{L})|Адышев|Adyshev|2023[–-]2028|Development Concept|Концепция развития|Өнүгүү концепциясы")]
    private static partial Regex Names();
}
