using RiskEngine;
using RiskWorker.Output;

namespace RiskWorker.Campaign.Templates;

/// <summary>
/// The fixed words of the Council campaign's mails in one language, a typed resource beside the template like
/// <see cref="Notifications.Templates.MailWords"/> (whose shared words — greeting, tables, footer — the campaign reuses).
/// </summary>
public sealed record CampaignWords
{
    /// <summary>The Academic Council's name, the default review body.</summary>
    public required string CouncilName { get; init; }
    public required string Secretary { get; init; }
    public required string RequestTitle { get; init; }
    public required string ReminderTitle { get; init; }
    public required string PackTitle { get; init; }
    public required Func<string, string> RequestSubject { get; init; }
    public required Func<string, int, string> ReminderSubject { get; init; }
    public required Func<string, string> PackSubject { get; init; }
    public required Func<string, string, string> RequestIntro { get; init; }
    public required Func<string, string, string> ReminderIntro { get; init; }
    public required Func<string, string> PackIntro { get; init; }
    public required Func<string, string> PackIntroSecretary { get; init; }
    public required Func<string, string, string> Attached { get; init; }
    public required string PdfUnavailable { get; init; }
    public required string NothingStale { get; init; }
    public required string StaleIndicators { get; init; }
    public required string OpenActions { get; init; }

    public static CampaignWords For(string? language) => ShippedLanguages.Normalize(language) switch
    {
        "ru" => CampaignWordsRu.Value,
        "en" => CampaignWordsEn.Value,
        _ => CampaignWordsKy.Value,
    };

    /// <summary>The words for a review body's mails: the Council's own, or the same mails naming another body.</summary>
    internal static CampaignWords For(string? language, Reviews.ReviewBody body) => body.IsCouncil
        ? For(language)
        : ShippedLanguages.Normalize(language) switch
        {
            "ru" => CampaignWordsRu.Body(body.Name.Get("ru")),
            "en" => CampaignWordsEn.Body(body.Name.Get("en")),
            _ => CampaignWordsKy.Body(body.Name.Get("ky")),
        };

    public string Title(CampaignStep step) => step switch
    {
        CampaignStep.Request => RequestTitle,
        CampaignStep.Reminder => ReminderTitle,
        _ => PackTitle,
    };
}
