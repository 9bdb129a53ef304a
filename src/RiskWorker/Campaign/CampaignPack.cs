namespace RiskWorker.Campaign;

/// <summary>The review pack attached to a T-7 mail, as the mail describes it.</summary>
/// <param name="FileName">The attachment's name.</param>
/// <param name="DataAsOf">Date of the evaluation the pack presents.</param>
/// <param name="Pdf">True for the PDF; false when Chromium could not print it and the HTML is attached instead.</param>
/// <param name="Illustrative">The pack presents illustrative demo data.</param>
public sealed record CampaignPack(string FileName, DateOnly DataAsOf, bool Pdf, bool Illustrative);
