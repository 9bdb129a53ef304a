using Microsoft.Extensions.DependencyInjection;
using RiskEngine;
using RiskWorker.Cli;

using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Support;

/// <summary>The engine registered as the worker registers it: with the worker's words beside the engine's.</summary>
internal static class WorkerEngine
{
    public static IServiceCollection AddWorkerEngine(this IServiceCollection services, Action<RiskEngineOptions> configure) =>
        services.AddWorkerEngine(o =>
        {
            configure(o);
            o.AddWords(typeof(EngineServices).Assembly);
        });
}
