using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RiskWorker.Storage;

namespace RiskWorker.Owners;

/// <summary>Registers the owners store and importer (on the engine's SQLite file, worker schema module).</summary>
internal static class OwnerServiceCollectionExtensions
{
    public static IServiceCollection AddOwners(this IServiceCollection services)
    {
        services.TryAddSingleton<WorkerDatabase>();
        services.TryAddSingleton<IOwnerStore, OwnerStore>();
        services.TryAddSingleton<OwnerImporter>();
        return services;
    }
}
