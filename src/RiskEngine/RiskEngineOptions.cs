namespace RiskEngine;

/// <summary>Settings of the engine. Validated when the engine is first resolved.</summary>
public sealed class RiskEngineOptions
{
    /// <summary>Directory holding the register, indicators and workflows. Default: <c>rules</c>.</summary>
    public string RulesDirectory { get; set; } = "rules";

    /// <summary>SQLite file for observations and history. Default: <c>data/riskengine.db</c>; its folder is created.</summary>
    public string DatabasePath { get; set; } = Path.Combine("data", "riskengine.db");

    /// <summary>Days past the reporting frequency before an indicator counts as stale. Default: 90.</summary>
    public int StaleGraceDays { get; set; } = 90;

    /// <summary>Relative shortfall (of the target) beyond which an indicator is off track. Default: 0.10 (10 %).</summary>
    public double OffTrackTolerance { get; set; } = 0.10;

    /// <summary>The SQLite connection string for <see cref="DatabasePath"/>.</summary>
    public string ConnectionString => $"Data Source={DatabasePath};Pooling=True";
}
