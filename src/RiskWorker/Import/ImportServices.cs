using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RiskWorker.Export;

namespace RiskWorker.Import;

/// <summary>Registers the imports and exports; the verbs and the tests resolve them from here.</summary>
internal static class ImportServices
{
    public static IServiceCollection AddImportExport(this IServiceCollection services)
    {
        services.TryAddSingleton<IndicatorImporter>();
        services.TryAddSingleton<ActionImporter>();
        services.TryAddSingleton<ScopeImporter>();
        services.TryAddSingleton<AssessmentExporter>();
        return services;
    }
}
