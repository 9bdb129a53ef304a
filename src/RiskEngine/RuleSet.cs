using RiskEngine.Rules;

namespace RiskEngine;

/// <summary>Loads a rules directory outside dependency injection (for checks and tools).</summary>
public static class RuleSet
{
    /// <summary>Loads, validates and compiles <paramref name="directory"/>.</summary>
    /// <exception cref="RuleSetException">Anything is wrong; every error is listed with its file and rule.</exception>
    public static async Task<IRiskRegister> LoadAsync(string directory) => await RuleSetLoader.LoadAsync(directory).ConfigureAwait(false);

    /// <summary>Loads <see cref="RiskEngineOptions.RulesDirectory"/> with the configured <see cref="RiskEngineOptions.IndicatorTargets"/>.</summary>
    /// <exception cref="RuleSetException">Anything is wrong, in the files or the configured targets; every error is listed.</exception>
    public static async Task<IRiskRegister> LoadAsync(RiskEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return await RuleSetLoader.LoadAsync(options.RulesDirectory, options.IndicatorTargets, options.RuleAssemblies, options.WordAssemblies).ConfigureAwait(false);
    }
}
