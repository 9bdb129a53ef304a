using Microsoft.Extensions.Options;

namespace RiskEngine;

internal sealed class RiskEngineOptionsValidator : IValidateOptions<RiskEngineOptions>
{
    public ValidateOptionsResult Validate(string? name, RiskEngineOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.RulesDirectory)) failures.Add("RiskEngine:RulesDirectory is required.");
        else if (!Directory.Exists(options.RulesDirectory)) failures.Add($"RiskEngine:RulesDirectory '{Path.GetFullPath(options.RulesDirectory)}' does not exist.");
        if (string.IsNullOrWhiteSpace(options.DatabasePath)) failures.Add("RiskEngine:DatabasePath is required.");
        else if (Unreadable(options.DatabasePath) is { } reason) failures.Add($"RiskEngine:DatabasePath {reason}");
        if (options.StaleGraceDays is < 0 or > 3650) failures.Add("RiskEngine:StaleGraceDays must be between 0 and 3650.");
        if (options.OffTrackTolerance is < 0 or > 1 || double.IsNaN(options.OffTrackTolerance)) failures.Add("RiskEngine:OffTrackTolerance must be between 0 and 1.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

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
