namespace RiskWorker.Campaign.Templates;

/// <summary>English words of the campaign's mails.</summary>
internal static class CampaignWordsEn
{
    public static readonly CampaignWords Value = new()
    {
        CouncilName = "Academic Council",
        Secretary = "Secretary of the Academic Council",
        RequestTitle = "Before the Academic Council: please update your data",
        ReminderTitle = "Reminder: please update your data",
        PackTitle = "Risk review pack for the Academic Council",
        RequestSubject = meeting => $"Academic Council {meeting}: please update your indicators and action statuses",
        ReminderSubject = (meeting, n) => $"Academic Council {meeting}: reminder — {(n == 1 ? "1 item" : $"{n} items")} still to update",
        PackSubject = meeting => $"Academic Council {meeting}: the risk review pack",
        RequestIntro = (meeting, deadline) => $"The Academic Council reviews the university's risks on {meeting}. Please update the values of the indicators you report and the status of your actions by {deadline}, when the Council's pack is prepared.",
        ReminderIntro = (meeting, deadline) => $"The Academic Council meets on {meeting}. The items below are still not up to date; please update them by {deadline} so that they are in the Council's pack.",
        PackIntro = meeting => $"The Academic Council reviews the university's risks on {meeting}. The review pack is attached.",
        PackIntroSecretary = meeting => $"Attached is the risk review pack for the Academic Council meeting on {meeting}. Please circulate it to the members.",
        Attached = (file, asOf) => $"Attached: {file} (data as of {asOf}).",
        PdfUnavailable = "The PDF could not be made, so the pack is attached as an HTML file: open it in a browser and print it to PDF.",
        NothingStale = "Nothing you report is stale or missing today. Please check that your latest values and the status of your actions are still right.",
        StaleIndicators = "Indicators stale or missing",
        OpenActions = "Open actions: please confirm or update their status",
    };

    /// <summary>The same mails for another review body, named <paramref name="n"/> as the subject of a sentence.</summary>
    public static CampaignWords Body(string n) => Value with
    {
        Secretary = $"Secretary, {n}",
        RequestTitle = $"{n}: please update your data before the meeting",
        PackTitle = $"{n}: risk review pack",
        RequestSubject = meeting => $"{n}, meeting of {meeting}: please update your indicators and action statuses",
        ReminderSubject = (meeting, k) => $"{n}, meeting of {meeting}: reminder — {(k == 1 ? "1 item" : $"{k} items")} still to update",
        PackSubject = meeting => $"{n}, meeting of {meeting}: the risk review pack",
        RequestIntro = (meeting, deadline) => $"{n} reviews the university's risks at its meeting on {meeting}. Please update the values of the indicators you report and the status of your actions by {deadline}, when the pack is prepared.",
        ReminderIntro = (meeting, deadline) => $"{n} meets on {meeting}. The items below are still not up to date; please update them by {deadline} so that they are in the pack.",
        PackIntro = meeting => $"{n} reviews the university's risks on {meeting}. The review pack is attached.",
        PackIntroSecretary = meeting => $"Attached is the risk review pack for the meeting on {meeting} ({n}). Please circulate it to the members.",
    };
}
