namespace RiskEngine.Storage;

/// <summary>The two stores the engine keeps its data in; chosen by the form of the <c>RiskEngine:DatabasePath</c> setting.</summary>
internal enum StoreProvider
{
    Sqlite,
    Postgres,
}
