namespace RiskWorker.Output;

/// <summary>
/// The three languages the worker's own word classes are still written in (mails, campaign, Council pack) until they
/// move to the word catalogue; a reader's language maps to one of them, Kyrgyz by default.
/// </summary>
internal static class ShippedLanguages
{
    public static IReadOnlyList<string> All { get; } = ["ky", "ru", "en"];

    public static string Normalize(string? language)
    {
        var head = (language ?? "").Trim().ToLowerInvariant();
        var dash = head.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0) head = head[..dash];
        return head is "ru" or "en" ? head : "ky";
    }
}
