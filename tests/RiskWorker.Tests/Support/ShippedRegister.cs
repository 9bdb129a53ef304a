using RiskEngine;

namespace RiskWorker.Tests.Support;

/// <summary>The repository's register, loaded once, for tests that need what it says (its name, its units) without a host.</summary>
internal static class ShippedRegister
{
    private static readonly Lazy<IRiskRegister> Instance = new(() => WorkerRules.LoadAsync(RepoPaths.Rules).GetAwaiter().GetResult());

    public static IRiskRegister Value => Instance.Value;
}
