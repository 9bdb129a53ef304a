using Microsoft.Extensions.DependencyInjection;
using RiskEngine;
using RiskWorker.Demo;
using RiskWorker.Owners;

namespace RiskWorker.Tests.Support;

/// <summary>The illustrative data set stored through a built host's own services, evaluated as of a Sunday.</summary>
internal static class HostDemo
{
    public static async Task SeedAsync(IServiceProvider services)
    {
        await new DemoDataSet(services.GetRequiredService<IRiskRegister>()).StoreAsync(
            services.GetRequiredService<IScopeStore>(), services.GetRequiredService<IObservationStore>(), services.GetRequiredService<IMitigationActionStore>(),
            new DateOnly(2026, 11, 22), CancellationToken.None);
        await services.GetRequiredService<IOwnerStore>().ReplaceAllAsync(ShippedDemoOwners.All, default);
        await services.GetRequiredService<IRiskEvaluator>().EvaluateAsync(new DateOnly(2026, 11, 22));
    }
}
