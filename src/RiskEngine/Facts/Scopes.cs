namespace RiskEngine;

/// <summary>Well-known scope codes.</summary>
public static class Scopes
{
    /// <summary>The whole university.</summary>
    public const string University = "university";
}
