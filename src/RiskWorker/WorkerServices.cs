using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RiskWorker.Campaign;
using RiskWorker.Mail;
using RiskWorker.Notifications;

namespace RiskWorker;

/// <summary>
/// The worker's own services on top of the engine, in one place so the command line and the host wire the same
/// thing: owners, digests and alerts (section <c>Notifications</c>), the Academic Council campaign (section
/// <c>Council</c>), and the outbox they hand their mail to (section <c>Smtp</c>).
/// </summary>
internal static class WorkerServices
{
    public static IServiceCollection AddWorkerServices(this IServiceCollection services, IConfiguration configuration) =>
        services.AddNotifications(configuration).AddWorkerMail(configuration).AddCouncilCampaign(configuration);
}
