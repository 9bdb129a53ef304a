namespace RiskEngine.Tests.Support;

/// <summary>A test that reads the source documents; skipped, saying why, where they are not beside the clone.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SourceFactAttribute : FactAttribute
{
    public SourceFactAttribute()
    {
        if (SourceDocuments.Folder is null) Skip = "the source documents are not here: set RISKENGINE_SEEDS or place shared/seeds beside the clone";
    }
}
