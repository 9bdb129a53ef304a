using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace RiskWorker.Reports.Council;

/// <summary>Registers the Council pack next to the engine (which must be added too).</summary>
internal static class CouncilPackServices
{
    public static IServiceCollection AddCouncilPack(this IServiceCollection services, Action<CouncilPackOptions>? configure = null)
    {
        var options = services.AddOptions<CouncilPackOptions>().Validate(o => o.PdfTimeout > TimeSpan.Zero, "CouncilPack:PdfTimeout must be positive.").ValidateOnStart();
        if (configure is not null) options.Configure(configure);
        services.TryAddSingleton<CouncilPackBuilder>();
        services.TryAddSingleton<ChromiumPdf>();
        services.TryAddSingleton<CouncilPackWriter>();
        return services;
    }
}
