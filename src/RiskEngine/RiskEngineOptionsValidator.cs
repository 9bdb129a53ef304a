using Microsoft.Extensions.Options;

namespace RiskEngine;

/// <summary>
/// Checks the engine's settings at start. The failures are said in English here: the register whose words could say
/// them in the reader's language is loaded with these very settings. A host that has words (the command line) renders
/// <see cref="Problems"/> itself.
/// </summary>
internal sealed class RiskEngineOptionsValidator : IValidateOptions<RiskEngineOptions>
{
    public ValidateOptionsResult Validate(string? name, RiskEngineOptions options)
    {
        var failures = Problems(options).Select(p => p.ToString()).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>What is wrong with <paramref name="options"/>, each naming its setting.</summary>
    internal static IEnumerable<EngineMessage> Problems(RiskEngineOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.RulesDirectory)) yield return EngineMessage.Of("error.settings.riskengine.rules-required");
        else if (!Directory.Exists(options.RulesDirectory)) yield return EngineMessage.Of("error.settings.riskengine.rules-missing", ("path", Path.GetFullPath(options.RulesDirectory)));
        if (string.IsNullOrWhiteSpace(options.DatabasePath)) yield return EngineMessage.Of("error.settings.riskengine.database-required");
        else if (Unreadable(options.DatabasePath) is { } reason) yield return EngineMessage.Of("error.settings.riskengine.database-unreadable", ("reason", reason));
        if (options.StaleGraceDays is < 0 or > 3650) yield return EngineMessage.Of("error.settings.riskengine.stale-grace");
        if (options.OffTrackTolerance is < 0 or > 1 || double.IsNaN(options.OffTrackTolerance)) yield return EngineMessage.Of("error.settings.riskengine.tolerance");
    }

    // DatabaseTarget's reason is a developer's ArgumentException text: it stays English inside the line.
    private static string? Unreadable(string database)
    {
        try
        {
            Storage.DatabaseTarget.Parse(database);
            return null;
        }
        catch (ArgumentException ex)
        {
            return ex.Message.Split(" (Parameter", 2)[0];
        }
    }
}
