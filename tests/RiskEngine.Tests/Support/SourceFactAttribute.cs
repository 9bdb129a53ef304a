namespace RiskEngine.Tests.Support;

/// <summary>A test that reads the register's source document; skipped, saying why and where it was looked for, when it is not found.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SourceFactAttribute : FactAttribute
{
    public SourceFactAttribute()
    {
        if (SourceDocuments.PlanFile is null) Skip = SourceDocuments.Missing;
    }
}
