using RiskEngine;

namespace RiskWorker.Campaign.Templates;

/// <summary>
/// Picks a campaign mail's word for its review body: the Academic Council has its own sentences
/// (<c>campaign.council.*</c>, where a language declines the Council's name as it needs), any other body the same
/// sentences naming it as their subject (<c>campaign.body.*</c>, blank <c>{body}</c>).
/// </summary>
internal static class CampaignPhrases
{
    public static string Say(this CampaignModel model, string thing, params (string Name, object? Value)[] values) =>
        model.Words.Format(Key(model.Body, thing), [("body", model.Body), .. values]);

    public static string SayPlural(this CampaignModel model, string thing, long count, params (string Name, object? Value)[] values) =>
        model.Words.Plural(Key(model.Body, thing), count, [("body", model.Body), .. values]);

    public static string Title(this CampaignModel model) => model.Step switch
    {
        CampaignStep.Request => model.Say("request.title"),
        CampaignStep.Reminder => model.Say("reminder.title"),
        _ => model.Say("pack.title"),
    };

    /// <summary>How the secretary of a body is called when configuration gives no name, in <paramref name="words"/>' language.</summary>
    public static string Secretary(Words words, string? body) => words.Format(Key(body, "secretary"), ("body", body));

    private static string Key(string? body, string thing) => body is null ? $"campaign.council.{thing}" : $"campaign.body.{thing}";
}
