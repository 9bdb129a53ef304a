namespace RiskWorker.Storage.Copy;

/// <summary>One table a database copy wrote, and how many rows the target holds in it after the copy.</summary>
internal sealed record CopiedTable(string Name, long Rows);
