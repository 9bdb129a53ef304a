using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RiskEngine.Facts;
using RiskEngine.Rating;
using RiskEngine.Rules;
using RiskEngine.Storage;

namespace RiskEngine;

/// <summary>Registers the engine in a service collection.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Adds the engine: the rule set (loaded, validated and compiled once, on first use), the evaluator and the stores
    /// (SQLite or PostgreSQL, chosen by <see cref="RiskEngineOptions.DatabasePath"/>). The options are validated when a host starts (and, without a host, when they are first resolved).
    /// Safe to call more than once: services are added once, each <paramref name="configure"/> is applied.
    /// </summary>
    public static IServiceCollection AddRiskEngine(this IServiceCollection services, Action<RiskEngineOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<RiskEngineOptions>().ValidateOnStart();
        if (configure is not null) options.Configure(configure);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RiskEngineOptions>, RiskEngineOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<RiskEngineOptions>>().Value;
            return RuleSetLoader.LoadAsync(o.RulesDirectory, o.IndicatorTargets, o.RuleAssemblies, o.WordAssemblies).GetAwaiter().GetResult();
        });
        services.TryAddSingleton<IRiskRegister>(sp => sp.GetRequiredService<CompiledRuleSet>());
        services.TryAddSingleton<EngineDatabase>();
        services.TryAddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<RiskEngineOptions>>().Value;
            return new FactBuilder(new FactOptions(o.StaleGraceDays, o.OffTrackTolerance));
        });
        services.TryAddSingleton<RiskRater>();
        services.TryAddSingleton<ObservationValidator>();
        services.TryAddSingleton<AssessmentHistory>();
        services.TryAddSingleton<IAssessmentHistory>(sp => sp.GetRequiredService<AssessmentHistory>());
        services.TryAddSingleton<IScopeStore, ScopeStore>();
        services.TryAddSingleton<IObservationStore, ObservationStore>();
        services.TryAddSingleton<IMitigationActionStore, ActionStore>();
        services.TryAddSingleton<IReviewStore, ReviewStore>();
        services.TryAddSingleton<IRiskEvaluator, RiskEvaluator>();
        services.TryAddSingleton<IIndicatorFacts, IndicatorFactReader>();
        return services;
    }
}
