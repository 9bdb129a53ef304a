using RiskEngine;

namespace RiskWorker.Tests.Support;

/// <summary>The repository's register, loaded once, for tests that need what it says (its name, its units) without a host.</summary>
internal static class ShippedRegister
{
    private static readonly Lazy<IRiskRegister> Instance = new(() => WorkerRules.LoadAsync(RepoPaths.Rules).GetAwaiter().GetResult());

    public static IRiskRegister Value => Instance.Value;

    /// <summary>The register's English words (engine and worker), for a test that reads a line the way <c>--lang en</c> prints it.</summary>
    public static RiskEngine.Words English => Value.Words.For("en");
}
