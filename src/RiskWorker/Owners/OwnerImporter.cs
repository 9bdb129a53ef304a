using RiskEngine;

namespace RiskWorker.Owners;

/// <summary>Imports an owners file (CSV or JSON by extension): all of it, or nothing with every error named by line.</summary>
internal sealed class OwnerImporter(IOwnerStore store, IRiskRegister register)
{
    public async Task<IReadOnlyList<Owner>> ImportAsync(string path, CancellationToken cancellationToken)
    {
        var file = Path.GetFileName(path);
        if (!File.Exists(path)) throw new OwnerImportException([new(file, 0, new("error.owners.not-found", ("path", Path.GetFullPath(path))))]);
        var errors = new List<OwnerImportError>();
        var rows = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".json" => OwnerJsonReader.Read(path, errors),
            ".csv" or ".txt" => OwnerCsvReader.Read(path, errors),
            var other => Unsupported(file, other, errors),
        };
        var owners = OwnerValidator.Validate(file, rows, register, errors);
        if (errors.Count > 0) throw new OwnerImportException(errors);
        await store.ReplaceAllAsync(owners, cancellationToken).ConfigureAwait(false);
        return owners;
    }

    private static IReadOnlyList<OwnerRow> Unsupported(string file, string extension, List<OwnerImportError> errors)
    {
        errors.Add(new(file, 0, new("error.owners.file-type", ("extension", extension))));
        return [];
    }
}
