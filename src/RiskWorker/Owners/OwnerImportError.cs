namespace RiskWorker.Owners;

/// <summary>A problem in an owners file, pinned to its line.</summary>
internal sealed record OwnerImportError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
