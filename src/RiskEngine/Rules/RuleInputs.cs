namespace RiskEngine.Rules;

/// <summary>Names under which facts reach rule expressions.</summary>
internal static class RuleInputs
{
    public const string Indicator = "ind";
    public const string Context = "ctx";
}
