using Microsoft.Extensions.Options;
using RiskEngine;
using RiskWorker.Campaign;

namespace RiskWorker.Reviews;

/// <summary>
/// Every configured review body, the Academic Council first. The Council is made from its <c>Council</c> section (which
/// keeps working as before) and, when present, <c>Reviews:Bodies:council</c>, whose keys win except where only the
/// <c>Council</c> section sets one. Risk and category codes were checked against the register at start
/// (<see cref="ReviewsRegisterValidator"/>).
/// </summary>
internal sealed class ReviewBodies(IOptions<ReviewsOptions> reviews, IOptions<CouncilOptions> council, IRiskRegister register)
{
    private readonly Lazy<IReadOnlyList<ReviewBody>> _all = new(() => Resolve(reviews.Value, council.Value, register));

    public IReadOnlyList<ReviewBody> All => _all.Value;

    public ReviewBody Council => All[0];

    /// <exception cref="UnknownReviewBodyException">No body has this id.</exception>
    public ReviewBody Get(string? id) =>
        All.FirstOrDefault(b => b.Id.Equals(id ?? ReviewRecord.CouncilBody, StringComparison.OrdinalIgnoreCase))
        ?? throw new UnknownReviewBodyException(id!, All.Select(b => b.Id));

    /// <summary>A body's name in <paramref name="language"/>; its id when it is no longer configured (its decisions stay).</summary>
    public string NameOf(string id, string language) => All.FirstOrDefault(b => b.Id == id)?.Name.Get(language) ?? id;

    /// <summary>A body's names; its id in every language when it is no longer configured.</summary>
    public LocalizedText NamesOf(string id) => All.FirstOrDefault(b => b.Id == id)?.Name ?? LocalizedText.Same(id);

    private static List<ReviewBody> Resolve(ReviewsOptions reviews, CouncilOptions council, IRiskRegister register)
    {
        var configured = reviews.Bodies.FirstOrDefault(b => b.Key.Equals(ReviewRecord.CouncilBody, StringComparison.OrdinalIgnoreCase)).Value ?? new ReviewBodyOptions();
        var councilOptions = new ReviewBodyOptions
        {
            Name = configured.Name,
            Cadence = configured.Cadence,
            MeetingDate = Either(configured.MeetingDate, council.MeetingDate),
            SecretaryEmail = Either(configured.SecretaryEmail, council.SecretaryEmail),
            SecretaryName = Either(configured.SecretaryName, council.SecretaryName),
            Language = Either(configured.Language, council.SecretaryLanguage) ?? "",
            Categories = configured.Categories,
            Risks = configured.Risks,
            RequestDays = configured.RequestDays,
            ReminderDays = configured.ReminderDays,
            PackDays = configured.PackDays,
        };
        var prefix = string.IsNullOrWhiteSpace(configured.MeetingDate) ? CouncilOptions.Section : $"{ReviewsOptions.Section}:Bodies:council";
        var bodies = new List<ReviewBody> { Make(ReviewRecord.CouncilBody, councilOptions, register, prefix) };
        bodies.AddRange(reviews.Bodies.Where(b => !b.Key.Equals(ReviewRecord.CouncilBody, StringComparison.OrdinalIgnoreCase))
            .OrderBy(b => b.Key, StringComparer.Ordinal)
            .Select(b => Make(b.Key, b.Value, register, $"{ReviewsOptions.Section}:Bodies:{b.Key}")));
        return bodies;
    }

    private static ReviewBody Make(string id, ReviewBodyOptions o, IRiskRegister register, string prefix)
    {
        var all = o.Categories.Count == 0 && o.Risks.Count == 0;
        var codes = register.Risks.Where(r => all || o.Risks.Contains(r.Code) || o.Categories.Contains(r.Category)).Select(r => r.Code).ToList();
        var cadence = ReviewCadence.Parse(o.Cadence, register.Identity.TimeZone)!;
        var meeting = ReviewBodyChecks.ParseDate(o.MeetingDate);
        // Validation made a configured name complete in the register's languages; the Council's is otherwise in the words.
        var name = id == ReviewRecord.CouncilBody && o.Name.Values.All(string.IsNullOrWhiteSpace)
            ? register.Words.Text(w => w["campaign.council.name"])
            : new LocalizedText(register.Identity.Languages.Select(l => KeyValuePair.Create(l, o.Name.GetValueOrDefault(l, "").Trim())));
        var language = string.IsNullOrWhiteSpace(o.Language) ? register.Identity.DefaultLanguage : o.Language;
        return new ReviewBody(id.ToLowerInvariant(), name, cadence, meeting, Blank(o.SecretaryEmail), Blank(o.SecretaryName), language, codes,
            ReviewBodyChecks.Windows(o, cadence, meeting ?? new DateOnly(2026, 1, 1)), prefix);
    }

    private static string? Either(string? first, string? second) => string.IsNullOrWhiteSpace(first) ? Blank(second) : first;

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
