using Microsoft.Extensions.DependencyInjection;
using RiskEngine;

namespace RiskWorker.Cli;

/// <summary>What "today" means for a verb: the clock's instant in the register's time zone (<c>register.json</c>).</summary>
internal static class InstitutionToday
{
    public static DateOnly Today(this IServiceProvider services) =>
        services.GetRequiredService<IRiskRegister>().Identity.Today(services.GetRequiredService<TimeProvider>());
}
