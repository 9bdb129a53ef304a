namespace RiskEngine.Rating;

/// <summary>
/// Firing order of the engine's own rules: after every rule that yields signals (the register's and an app's, priority
/// 0 unless an app says otherwise), so a rating is computed once its signals are in; links after ratings. NRules would
/// reach the same result in any order (a rating is updated when a signal arrives), only with more firings.
/// </summary>
internal static class EngineRulePriority
{
    public const int Rating = -100;
    public const int Links = -200;
}
