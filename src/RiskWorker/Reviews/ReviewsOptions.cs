namespace RiskWorker.Reviews;

/// <summary>
/// Configuration section <c>Reviews</c>: the bodies that review the risks, each under <c>Reviews:Bodies:&lt;id&gt;</c>.
/// The Academic Council (<c>council</c>) is always one of them, from its own <c>Council</c> section and, when given,
/// <c>Reviews:Bodies:council</c>. Bound strictly and validated at start.
/// </summary>
internal sealed class ReviewsOptions
{
    public const string Section = "Reviews";

    /// <summary>The bodies by id (letters, digits and dashes). Default: none besides the Council.</summary>
    public Dictionary<string, ReviewBodyOptions> Bodies { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
