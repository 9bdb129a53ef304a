using RiskEngine;

namespace RiskWorker.Import;

/// <summary>
/// <c>scopes import</c>: faculties and institutes (code, name per language, kind) as data, added or renamed in one transaction.
/// The configuration alternative (<c>Scopes</c> in appsettings.json) is <see cref="ConfiguredScopeStore"/>.
/// </summary>
internal sealed class ScopeImporter(IScopeStore store, IRiskRegister register)
{
    /// <param name="words">The reader's words, in which the progress and every error are written.</param>
    public async Task<ScopeImportResult> ImportAsync(string path, bool dryRun, Words words, IImportProgress progress, CancellationToken cancellationToken)
    {
        using var source = TableSource.Open(path, words);
        progress.Line(source.Description);
        var errors = new List<ImportError>();
        var scopes = new List<ScopeInfo>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var table = new HeaderedTable(source, ImportColumns.Scopes(register.Words), path);
        var kinds = ImportWords.Of(register.Words);
        foreach (var row in table.Rows())
        {
            var map = table.Map!;
            var before = errors.Count;
            void Fail(string column, string message) => errors.Add(new ImportError(row.Number, map.Locate(source, row.Number, column), message));
            var code = map.Get(row, "code").Text;
            if (code.Length == 0 || code.Any(char.IsWhiteSpace)) Fail("code", words.Format("error.import.not-a-scope-code", ("code", code)));
            else if (string.Equals(code, Scopes.University, StringComparison.OrdinalIgnoreCase)) Fail("code", words.Format("error.import.university-scope", ("code", code)));
            else if (seen.TryGetValue(code, out var first)) Fail("code", words.Format("error.import.scope-twice", ("code", code), ("first", first)));
            else seen[code] = row.Number;
            var name = ScopeNameColumns.Read(map, row, register.Words.Languages);
            if (name.Get(null).Length == 0) Fail("name", source.Missing("name"));
            var kindText = map.Get(row, "kind").Text;
            var kind = kindText.Length == 0 ? "faculty" : kinds.Kind(kindText);
            if (kind is null) Fail("kind", words.Format("error.import.not-a-kind", ("text", kindText), ("accepted", kinds.KindsAccepted(words))));
            if (errors.Count == before) scopes.Add(new ScopeInfo(code, name, kind!));
        }

        if (errors.Count > 0) throw new ImportRefusedException(path, errors, words);
        return await UpsertAsync(scopes, dryRun, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ScopeImportResult> UpsertAsync(IReadOnlyList<ScopeInfo> scopes, bool dryRun, CancellationToken cancellationToken)
    {
        var stored = (await store.GetAllAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.Code);
        var added = scopes.Count(s => !stored.ContainsKey(s.Code));
        var updated = scopes.Count(s => stored.TryGetValue(s.Code, out var old) && old != s);
        if (!dryRun && (added > 0 || updated > 0)) await store.UpsertAsync(scopes, cancellationToken).ConfigureAwait(false);
        return new ScopeImportResult(scopes.Count, added, updated, dryRun);
    }
}
