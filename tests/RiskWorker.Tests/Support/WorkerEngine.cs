using Microsoft.Extensions.DependencyInjection;
using RiskEngine;
using RiskWorker.Cli;

namespace RiskWorker.Tests.Support;

/// <summary>The engine registered as the worker registers it: with the worker's words beside the engine's.</summary>
internal static class WorkerEngine
{
    public static IServiceCollection AddWorkerEngine(this IServiceCollection services, Action<RiskEngineOptions> configure) =>
        services.AddRiskEngine(o =>
        {
            configure(o);
            o.AddWords(typeof(EngineServices).Assembly);
        });
}
