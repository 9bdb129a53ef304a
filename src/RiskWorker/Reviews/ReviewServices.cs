using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RiskWorker.Campaign;
using RiskWorker.Cli;
using RiskWorker.Import;

namespace RiskWorker.Reviews;

/// <summary>
/// Registers the review bodies: the Academic Council's section <c>Council</c> and section <c>Reviews</c>, both bound
/// strictly (an unknown key is an error naming it) and validated at start.
/// </summary>
internal static class ReviewServices
{
    public static IServiceCollection AddReviewBodies(this IServiceCollection services, IConfiguration configuration)
    {
        // Binding twice would add every list item twice (Categories, Risks): the first registration wins.
        if (services.Any(d => d.ServiceType == typeof(ReviewBodies))) return services;
        var council = configuration.GetSection(CouncilOptions.Section);
        services.AddOptions<CouncilOptions>().Configure(o => StrictBinding.Bind(council, o)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CouncilOptions>, CouncilOptionsValidator>());
        var reviews = configuration.GetSection(ReviewsOptions.Section);
        services.AddOptions<ReviewsOptions>().Configure(o => StrictBinding.Bind(reviews, o)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReviewsOptions>, ReviewsRegisterValidator>());
        ReaderWords.TryAdd(services);
        services.TryAddSingleton<ReviewBodies>();
        services.TryAddSingleton<DecisionImporter>();
        services.TryAddSingleton<ReviewRecorder>();
        return services;
    }
}
