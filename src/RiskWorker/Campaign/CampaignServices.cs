using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RiskWorker.Reports.Council;
using RiskWorker.Reviews;

namespace RiskWorker.Campaign;

/// <summary>
/// Registers every review body's campaign (sections <c>Council</c> and <c>Reviews</c>, validated at start) and the
/// pack it attaches (section <c>CouncilPack</c>: <c>ChromiumPath</c>, <c>PdfTimeout</c>). Needs the notifications and
/// the outbox registered too.
/// </summary>
internal static class CampaignServices
{
    public const string PackSection = "CouncilPack";

    public static IServiceCollection AddCouncilCampaign(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddReviewBodies(configuration);
        services.AddOptions<CouncilPackOptions>().Bind(configuration.GetSection(PackSection));
        services.AddCouncilPack();
        services.TryAddSingleton<CampaignPacks>();
        services.TryAddSingleton<CampaignComposer>();
        services.TryAddSingleton<ReviewCampaign>();
        return services;
    }
}
