using RiskEngine;

namespace RiskWorker.Owners;

/// <summary>An owners file was refused whole; nothing was written. <see cref="Report"/> is what <c>owners import</c> prints.</summary>
internal sealed class OwnerImportException(IReadOnlyList<OwnerImportError> errors)
    : Exception($"The owners file was refused: {string.Join("; ", errors.Select(e => $"{e.File}:{e.Line}: {e.Problem}"))}")
{
    public IReadOnlyList<OwnerImportError> Errors { get; } = errors;

    public string Report(Words words) =>
        words.Plural("error.owners.refused", Errors.Count) + string.Concat(Errors.Select(e => Environment.NewLine + "  " + e.In(words)));
}
