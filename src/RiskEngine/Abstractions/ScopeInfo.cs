namespace RiskEngine;

/// <summary>A faculty, institute or other unit that reports its own values.</summary>
/// <param name="Code">Scope code used in observations.</param>
/// <param name="Name">Display name, per language (one name the same in every language when only one is known).</param>
/// <param name="Kind"><c>faculty</c>, <c>institute</c>, <c>college</c> or <c>other</c>.</param>
public sealed record ScopeInfo(string Code, LocalizedText Name, string Kind = "faculty")
{
    /// <summary>A scope known by one name, the same in every language.</summary>
    public ScopeInfo(string Code, string Name, string Kind = "faculty")
        : this(Code, LocalizedText.Same(Name), Kind)
    {
    }
}
