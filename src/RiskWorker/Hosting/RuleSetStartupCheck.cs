using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RiskEngine;

namespace RiskWorker.Hosting;

/// <summary>
/// Loads and compiles the rule set before the scheduler starts, so a broken rule stops the service at start
/// (with the file, rule and expression in the error) instead of failing the first evaluation at 06:00.
/// </summary>
internal sealed partial class RuleSetStartupCheck(IServiceProvider services, ILogger<RuleSetStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var register = services.GetRequiredService<IRiskRegister>();
        LogLoaded(register.Risks.Count, register.Rules.Count, register.Version);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Rule set {Version} loaded: {Risks} risks, {Rules} rules")]
    private partial void LogLoaded(int risks, int rules, string version);
}
