using Dapper;
using RiskWorker.Storage;

namespace RiskWorker.Owners;

internal sealed class OwnerStore(WorkerDatabase db) : IOwnerStore
{
    public async Task<IReadOnlyList<Owner>> GetAllAsync(CancellationToken cancellationToken)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var people = await c.QueryAsync<(string Email, string Name, string Language, bool Illustrative)>(
            "SELECT email, name, language, illustrative FROM owners ORDER BY lower(email)").ConfigureAwait(false);
        var roles = (await c.QueryAsync<(string Email, string Role)>("SELECT email, role FROM owner_roles ORDER BY role").ConfigureAwait(false))
            .ToLookup(r => r.Email, r => r.Role, StringComparer.OrdinalIgnoreCase);
        return people.Select(p => new Owner(p.Name, p.Email, p.Language, roles[p.Email].ToList(), p.Illustrative)).ToList();
    }

    public async Task ReplaceAllAsync(IReadOnlyList<Owner> owners, CancellationToken cancellationToken)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await c.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await c.ExecuteAsync("DELETE FROM owner_roles; DELETE FROM owners;", transaction: tx).ConfigureAwait(false);
        await c.ExecuteAsync("INSERT INTO owners (email, name, language, illustrative) VALUES (@Email, @Name, @Language, @Illustrative)", owners, tx).ConfigureAwait(false);
        await c.ExecuteAsync("INSERT INTO owner_roles (email, role) VALUES (@Email, @Role)",
            owners.SelectMany(o => o.Roles.Distinct(StringComparer.Ordinal).Select(r => new { o.Email, Role = r })), tx).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
