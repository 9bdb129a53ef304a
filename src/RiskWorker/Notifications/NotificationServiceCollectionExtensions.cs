using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RiskWorker.Cli;
using RiskWorker.Notifications.Alerts;
using RiskWorker.Notifications.Digest;
using RiskWorker.Notifications.Routing;
using RiskWorker.Notifications.Templates;
using RiskWorker.Owners;
using RiskWorker.Reviews;

namespace RiskWorker.Notifications;

/// <summary>
/// Registers owners, routing, templates, digests and alerts, with options from the <c>Notifications</c> section of
/// <paramref name="configuration"/>. The services that send
/// (<see cref="DigestSender"/>, <see cref="AlertDispatcher"/>) need an <see cref="Mail.IOutbox"/>, which the mail
/// module registers; composing and previewing work without it.
/// </summary>
internal static class NotificationServiceCollectionExtensions
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOwners();
        services.AddReviewBodies(configuration);
        services.AddOptions<NotificationOptions>().Bind(configuration.GetSection(NotificationOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NotificationOptions>, NotificationOptionsValidator>());
        ReaderWords.TryAdd(services);
        services.TryAddSingleton<RecipientDirectory>();
        services.TryAddSingleton<MailRenderer>();
        services.TryAddSingleton<DigestComposer>();
        services.TryAddSingleton<DigestPreview>();
        services.TryAddSingleton<DigestSender>();
        services.TryAddSingleton<AlertWatermark>();
        services.TryAddSingleton<AlertBacklog>();
        services.TryAddSingleton<AlertComposer>();
        services.TryAddSingleton<AlertDispatcher>();
        return services;
    }
}
