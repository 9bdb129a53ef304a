using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Api;

public sealed class HostStartTests
{
    [Fact]
    public async Task StartAsync_BadEngineOption_RefusesToStartNamingIt()
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddRiskEngine(o => (o.RulesDirectory, o.StaleGraceDays) = (RepoPaths.Rules, -1));
        using var host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("RiskEngine:StaleGraceDays", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_GoodEngineOptions_Starts()
    {
        using var temp = new TempDirectory();
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddRiskEngine(o => (o.RulesDirectory, o.DatabasePath) = (RepoPaths.Rules, temp.File("r.db")));
        using var host = builder.Build();

        await host.StartAsync();
        await host.StopAsync();
    }
}
