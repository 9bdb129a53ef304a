using Microsoft.Extensions.Configuration;
using RiskWorker.Demo;
using RiskWorker.Owners;

namespace RiskWorker.Tests.Support;

/// <summary>The people <c>demo</c> stores for the shipped register, with the fallback address of the shipped appsettings.json.</summary>
internal static class ShippedDemoOwners
{
    private static readonly Lazy<IReadOnlyList<Owner>> Instance = new(() => DemoOwners.For(ShippedRegister.Value, FallbackEmail));

    /// <summary>Notifications:FallbackEmail of the appsettings.json beside the worker.</summary>
    public static string FallbackEmail { get; } = new ConfigurationBuilder().SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json").Build()["Notifications:FallbackEmail"]!;

    public static IReadOnlyList<Owner> All => Instance.Value;
}
