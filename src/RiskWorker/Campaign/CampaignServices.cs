using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RiskWorker.Reports.Council;

namespace RiskWorker.Campaign;

/// <summary>
/// Registers the Council campaign (section <c>Council</c>, validated at start) and the pack it attaches (section
/// <c>CouncilPack</c>: <c>ChromiumPath</c>, <c>PdfTimeout</c>). Needs the notifications and the outbox registered too.
/// </summary>
internal static class CampaignServices
{
    public const string PackSection = "CouncilPack";

    public static IServiceCollection AddCouncilCampaign(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CouncilOptions>().Bind(configuration.GetSection(CouncilOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CouncilOptions>, CouncilOptionsValidator>());
        services.AddOptions<CouncilPackOptions>().Bind(configuration.GetSection(PackSection));
        services.AddCouncilPack();
        services.TryAddSingleton<CampaignPacks>();
        services.TryAddSingleton<CampaignComposer>();
        services.TryAddSingleton<CouncilCampaign>();
        return services;
    }
}
