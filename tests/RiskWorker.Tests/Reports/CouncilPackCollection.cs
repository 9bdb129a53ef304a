namespace RiskWorker.Tests.Reports;

/// <summary>The printed packs are made once for every test class that reads them (three Chromium prints are slow).</summary>
[CollectionDefinition(Name)]
public sealed class CouncilPackCollection : ICollectionFixture<CouncilPackFixture>
{
    public const string Name = "Council pack";
}
