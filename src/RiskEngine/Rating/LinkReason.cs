using System.Globalization;

namespace RiskEngine.Rating;

/// <summary>
/// The explanation of a link between risks: the risk was raised because its driver is rated so in the same scope, the
/// plan's cause that names the driver, and why the driver is rated so (its deciding warnings, themselves followed back
/// to indicator values or to their own drivers).
/// </summary>
internal static class LinkReason
{
    public static readonly LocalizedText Template = new(
        "{scope}: {raised}, анткени {driver} «{driverTitle}» тобокелдиги бул жерде {driverLevel} деп бааланган (ыктымалдуулук {driverL} × таасир {driverI}); план аны ушул тобокелдиктин себеби катары атайт ({causeLine}-сап: «{cause}»). {driver} эмне үчүн ушундай бааланган: {why}",
        "{scope}: {raised}, потому что риск {driver} «{driverTitle}» оценён здесь как {driverLevel} (вероятность {driverL} × влияние {driverI}); план называет его причиной этого риска (строка {causeLine}: «{cause}»). Почему {driver} оценён так: {why}",
        "{scope}: {raised} because risk {driver} “{driverTitle}” is rated {driverLevel} here (likelihood {driverL} × impact {driverI}); the plan names it as a cause of this risk (line {causeLine}: “{cause}”). Why {driver} is rated so: {why}");

    /// <param name="signal">The link's signal.</param>
    /// <param name="level">The level the signal gave its side.</param>
    /// <param name="driven">The risk that was raised.</param>
    /// <param name="driver">The risk that raised it.</param>
    /// <param name="scope">The scope's name in each language.</param>
    /// <param name="why">The driver's deciding warnings, rendered.</param>
    public static LocalizedText Render(RatingSignal signal, int level, Risk driven, Risk driver, LocalizedText scope, IReadOnlyList<LocalizedText> why)
    {
        var link = signal.Link!;
        var rating = signal.DriverRating!;
        var cause = driven.Causes.FirstOrDefault(c => c.Line == link.CauseLine) ?? driven.Title;
        string Fill(string language) => Template.Get(language)
            .Replace("{scope}", scope.Get(language), StringComparison.Ordinal)
            .Replace("{raised}", Raised(language, link.Raises, level), StringComparison.Ordinal)
            .Replace("{driverTitle}", driver.Title.Get(language), StringComparison.Ordinal)
            .Replace("{driverLevel}", LevelWord(language, rating.Level), StringComparison.Ordinal)
            .Replace("{driverL}", N(rating.Likelihood), StringComparison.Ordinal)
            .Replace("{driverI}", N(rating.Impact), StringComparison.Ordinal)
            .Replace("{driver}", driver.Code, StringComparison.Ordinal)
            .Replace("{causeLine}", N(link.CauseLine), StringComparison.Ordinal)
            .Replace("{cause}", cause.Get(language), StringComparison.Ordinal)
            .Replace("{why}", string.Join(" ", why.Select(w => w.Get(language))), StringComparison.Ordinal);
        return new LocalizedText(Fill("ky"), Fill("ru"), Fill("en"));
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Raised(string language, RatingSide side, int level) => (language, side) switch
    {
        ("ky", RatingSide.Likelihood) => $"ыктымалдуулук {N(level)} чейин көтөрүлдү",
        ("ky", _) => $"таасир {N(level)} чейин көтөрүлдү",
        ("ru", RatingSide.Likelihood) => $"вероятность повышена до {N(level)}",
        ("ru", _) => $"влияние повышено до {N(level)}",
        (_, RatingSide.Likelihood) => $"likelihood raised to {N(level)}",
        _ => $"impact raised to {N(level)}",
    };

    private static string LevelWord(string language, RiskLevel level) => (language, level) switch
    {
        ("ky", RiskLevel.Critical) => "критикалык",
        ("ky", RiskLevel.High) => "жогорку",
        ("ky", RiskLevel.Medium) => "орточо",
        ("ky", _) => "төмөн",
        ("ru", RiskLevel.Critical) => "критический",
        ("ru", RiskLevel.High) => "высокий",
        ("ru", RiskLevel.Medium) => "средний",
        ("ru", _) => "низкий",
        (_, RiskLevel.Critical) => "critical",
        (_, RiskLevel.High) => "high",
        (_, RiskLevel.Medium) => "medium",
        _ => "low",
    };
}
