using RiskEngine;
using RiskWorker.Cli;

namespace RiskWorker.Owners;

/// <summary>A problem in an owners file, pinned to its line; <see cref="Problem"/> is rendered in the reader's language.</summary>
internal sealed record OwnerImportError(string File, int Line, CliLine Problem)
{
    public string In(Words words) => $"{File}:{Line}: {Problem.In(words)}";
}
