namespace RiskWorker.Owners;

/// <summary>An owners file was refused whole; nothing was written.</summary>
internal sealed class OwnerImportException(IReadOnlyList<OwnerImportError> errors)
    : Exception($"The owners file was refused ({errors.Count} error{(errors.Count == 1 ? "" : "s")}), nothing was written:"
        + string.Concat(errors.Select(e => Environment.NewLine + "  " + e)))
{
    public IReadOnlyList<OwnerImportError> Errors { get; } = errors;
}
