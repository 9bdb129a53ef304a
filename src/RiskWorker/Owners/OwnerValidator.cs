using RiskEngine;

namespace RiskWorker.Owners;

/// <summary>Checks every row against the register's roles and the language list, collecting all problems at once.</summary>
internal static class OwnerValidator
{
    public static IReadOnlyList<Owner> Validate(string file, IReadOnlyList<OwnerRow> rows, IRiskRegister register, List<OwnerImportError> errors)
    {
        var owners = new List<Owner>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var before = errors.Count;
            var name = row.Name?.Trim() ?? "";
            var email = row.Email?.Trim() ?? "";
            var language = string.IsNullOrWhiteSpace(row.Language) ? register.Identity.DefaultLanguage : row.Language.Trim().ToLowerInvariant();
            if (name.Length == 0) errors.Add(new(file, row.Line, new("error.owners.no-name")));
            if (!EmailAddress.IsValid(email)) errors.Add(new(file, row.Line, new("error.owners.email", ("email", email))));
            else if (seen.TryGetValue(email, out var first)) errors.Add(new(file, row.Line, new("error.owners.duplicate", ("email", email), ("first", first))));
            else seen[email] = row.Line;
            if (!register.Identity.Languages.Contains(language)) errors.Add(new(file, row.Line, new("error.owners.language", ("language", row.Language), ("offered", string.Join(", ", register.Identity.Languages)))));
            if (row.Roles.Count == 0) errors.Add(new(file, row.Line, new("error.owners.no-roles")));
            foreach (var role in row.Roles.Where(r => register.FindOffice(r) is null))
            {
                errors.Add(new(file, row.Line, new("error.owners.role", ("role", role))));
            }

            if (errors.Count == before) owners.Add(new Owner(name, email, language, row.Roles.Distinct(StringComparer.Ordinal).ToList()));
        }

        if (rows.Count == 0 && errors.Count == 0) errors.Add(new(file, 1, new("error.owners.empty")));
        return owners;
    }
}
