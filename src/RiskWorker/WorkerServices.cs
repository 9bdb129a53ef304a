using Microsoft.Extensions.DependencyInjection;
using RiskWorker.Notifications;

namespace RiskWorker;

/// <summary>
/// The worker's own services on top of the engine, in one place so the command line and the host wire the same
/// thing: owners, digests and alerts, and the outbox they hand their mail to.
/// </summary>
internal static class WorkerServices
{
    public static IServiceCollection AddWorkerServices(this IServiceCollection services) => services.AddNotifications();
}
