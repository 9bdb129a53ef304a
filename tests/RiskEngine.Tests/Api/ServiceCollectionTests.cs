using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Api;

public sealed class ServiceCollectionTests
{
    [Fact]
    public void AddRiskEngine_CalledTwice_RegistersEachServiceOnce()
    {
        var services = new ServiceCollection();

        services.AddRiskEngine(o => o.RulesDirectory = RepoPaths.Rules).AddRiskEngine();

        Assert.Single(services, d => d.ServiceType == typeof(IRiskEvaluator));
        Assert.Single(services, d => d.ServiceType == typeof(IRiskRegister));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<RiskEngineOptions>));
    }

    [Fact]
    public void AddRiskEngine_MissingRulesDirectory_FailsValidationNamingIt()
    {
        using var provider = new ServiceCollection().AddRiskEngine(o => o.RulesDirectory = "/no/such/rules").BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<RiskEngineOptions>>().Value);

        Assert.Contains("/no/such/rules", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 0.1)]
    [InlineData(90, 1.5)]
    public void AddRiskEngine_OutOfRangeKnobs_FailValidation(int grace, double tolerance)
    {
        using var provider = new ServiceCollection().AddRiskEngine(o =>
        {
            o.RulesDirectory = RepoPaths.Rules;
            o.StaleGraceDays = grace;
            o.OffTrackTolerance = tolerance;
        }).BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<RiskEngineOptions>>().Value);
    }

    [Fact]
    public async Task AddRiskEngine_Resolved_EvaluatesOnItsOwnDatabase()
    {
        using var temp = new TempDirectory();
        await using var provider = new ServiceCollection().AddRiskEngine(o =>
        {
            o.RulesDirectory = RepoPaths.Rules;
            o.DatabasePath = temp.File(Path.Combine("nested", "r.db"));
        }).BuildServiceProvider();

        var evaluation = await provider.GetRequiredService<IRiskEvaluator>().EvaluateAsync(new DateOnly(2026, 1, 1));

        Assert.Equal(11, evaluation.Risks.Count);
        Assert.True(File.Exists(temp.File(Path.Combine("nested", "r.db"))));
        Assert.Same(provider.GetRequiredService<IRiskRegister>(), provider.GetRequiredService<IRiskRegister>());
    }
}
