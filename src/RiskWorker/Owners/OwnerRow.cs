namespace RiskWorker.Owners;

/// <summary>One person as read from an import file, before validation.</summary>
/// <param name="Line">Physical line in the file where the record starts (1-based).</param>
internal sealed record OwnerRow(int Line, string? Name, string? Email, string? Language, IReadOnlyList<string> Roles);
