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
        var data = new DemoDataSet(services.GetRequiredService<IRiskRegister>());
        await services.GetRequiredService<IScopeStore>().UpsertAsync(DemoDataSet.Faculties);
        await services.GetRequiredService<IObservationStore>().AddAsync(data.Observations(), replace: true);
        await services.GetRequiredService<IObservationStore>().SetIllustrativeAsync(true);
        await services.GetRequiredService<IOwnerStore>().ReplaceAllAsync(DemoOwners.All, default);
        await services.GetRequiredService<IRiskEvaluator>().EvaluateAsync(new DateOnly(2026, 11, 22));
    }
}
