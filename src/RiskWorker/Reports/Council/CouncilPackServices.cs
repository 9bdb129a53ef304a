using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RiskWorker.Cli;

namespace RiskWorker.Reports.Council;

/// <summary>Registers the Council pack next to the engine (which must be added too).</summary>
internal static class CouncilPackServices
{
    public static IServiceCollection AddCouncilPack(this IServiceCollection services, Action<CouncilPackOptions>? configure = null)
    {
        var options = services.AddOptions<CouncilPackOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CouncilPackOptions>, CouncilPackOptionsValidator>());
        ReaderWords.TryAdd(services);
        if (configure is not null) options.Configure(configure);
        services.TryAddSingleton<CouncilPackBuilder>();
        services.TryAddSingleton<ChromiumPdf>();
        services.TryAddSingleton<CouncilPackWriter>();
        return services;
    }
}
