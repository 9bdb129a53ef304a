using System.Globalization;

namespace RiskEngine.Rating;

/// <summary>
/// The explanation of a link between risks: the risk was raised because its driver is rated so in the same scope, the
/// plan's cause that names the driver, and why the driver is rated so (its deciding warnings, themselves followed back
/// to indicator values or to their own drivers). The sentence is the word <c>reason.link</c> of each language.
/// </summary>
internal static class LinkReason
{
    /// <summary>What a link's signal carries until it is explained: its rule id (the text is rendered by <see cref="Render"/>).</summary>
    public static LocalizedText Placeholder(RiskLink link) => LocalizedText.Same(link.RuleId);

    /// <param name="signal">The link's signal.</param>
    /// <param name="level">The level the signal gave its side.</param>
    /// <param name="driven">The risk that was raised.</param>
    /// <param name="driver">The risk that raised it.</param>
    /// <param name="scope">The scope's name in each language.</param>
    /// <param name="why">The driver's deciding warnings, rendered.</param>
    /// <param name="words">The register's words.</param>
    public static LocalizedText Render(RatingSignal signal, int level, Risk driven, Risk driver, LocalizedText scope, IReadOnlyList<LocalizedText> why, WordCatalog words)
    {
        var link = signal.Link!;
        var rating = signal.DriverRating!;
        var cause = driven.Causes.FirstOrDefault(c => c.Line == link.CauseLine) ?? driven.Title;
        return words.Text(w => w.Format("reason.link",
            ("scope", scope.Get(w.Language)),
            ("raised", w.Format(link.Raises == RatingSide.Likelihood ? "reason.raised.likelihood" : "reason.raised.impact", ("level", N(level)))),
            ("driver", driver.Code),
            ("driverTitle", driver.Title.Get(w.Language)),
            ("driverLevel", w[LevelKey(rating.Level)]),
            ("driverL", N(rating.Likelihood)),
            ("driverI", N(rating.Impact)),
            ("causeLine", N(link.CauseLine)),
            ("cause", cause.Get(w.Language)),
            ("why", string.Join(" ", why.Select(t => t.Get(w.Language))))));
    }

    /// <summary>The word of a level as it stands in a sentence (<c>level.high</c>).</summary>
    public static string LevelKey(RiskLevel level) => "level." + level.ToString().ToLowerInvariant();

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
