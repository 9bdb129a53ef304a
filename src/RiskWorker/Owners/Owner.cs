namespace RiskWorker.Owners;

/// <summary>A person who receives mail about the risks, indicators and actions of the roles they hold.</summary>
/// <param name="Name">Display name.</param>
/// <param name="Email">Address; unique, compared case-insensitively.</param>
/// <param name="Language">ky (default), ru or en: the language of every mail they get.</param>
/// <param name="Roles">Office codes from <c>rules/offices.json</c>.</param>
/// <param name="Illustrative">Part of the demo data set, not a real person.</param>
internal sealed record Owner(string Name, string Email, string Language, IReadOnlyList<string> Roles, bool Illustrative = false);
