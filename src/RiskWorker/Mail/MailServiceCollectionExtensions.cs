using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RiskWorker.Cli;
using RiskWorker.Storage;

namespace RiskWorker.Mail;

/// <summary>Registers the outbox and its delivery. Needs the engine's registration (<c>AddRiskEngine</c>) for the database file.</summary>
internal static class MailServiceCollectionExtensions
{
    /// <summary>Adds <see cref="IOutbox"/> and <see cref="IOutboxReader"/>, bound to the <c>Smtp</c> section of <paramref name="configuration"/> and validated at start.</summary>
    public static IServiceCollection AddWorkerMail(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SmtpOptions.Section);
        services.AddOptions<SmtpOptions>().Configure(o => StrictBinding.Bind(section, o)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidator>());
        ReaderWords.TryAdd(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WorkerDatabase>();
        services.TryAddSingleton<OutboxStore>();
        services.TryAddSingleton<IMailTransport>(sp => sp.GetRequiredService<IOptions<SmtpOptions>>().Value.UsesServer
            ? ActivatorUtilities.CreateInstance<SmtpTransport>(sp)
            : ActivatorUtilities.CreateInstance<PickupFolderTransport>(sp));
        services.TryAddSingleton<OutboxDelivery>();
        services.TryAddSingleton<DatabaseOutbox>();
        services.TryAddSingleton<IOutbox>(sp => sp.GetRequiredService<DatabaseOutbox>());
        services.TryAddSingleton<IOutboxReader>(sp => sp.GetRequiredService<DatabaseOutbox>());
        return services;
    }
}
