using Microsoft.Extensions.Options;
using RiskEngine;
using RiskWorker.Campaign.Templates;
using RiskWorker.Mail;
using RiskWorker.Notifications;
using RiskWorker.Notifications.Routing;
using RiskWorker.Notifications.Templates;

namespace RiskWorker.Campaign;

/// <summary>
/// Composes one step's mail for one day: requests to every owner, reminders to those with something still stale
/// or overdue, the pack to every owner and the secretary. People whose key is already in the outbox are left out
/// before anything is made, so a pack is printed only for someone who has not had it.
/// </summary>
internal sealed class CampaignComposer(
    IRiskRegister register,
    IIndicatorFacts facts,
    IObservationStore observations,
    IMitigationActionStore actions,
    RecipientDirectory directory,
    CampaignPacks packs,
    MailRenderer renderer,
    IOptions<CouncilOptions> options)
{
    public async Task<CampaignBatch> ComposeAsync(DateOnly meeting, CampaignStep step, DateOnly today, IReadOnlySet<string> queuedKeys, CancellationToken cancellationToken)
    {
        var tasks = OwnerTasksBuilder.Build(
            register,
            await directory.LoadAsync(cancellationToken).ConfigureAwait(false),
            await facts.GetAsync(today, cancellationToken).ConfigureAwait(false),
            LatestObservations.Of(await observations.GetAllAsync(cancellationToken).ConfigureAwait(false)),
            await actions.GetAllAsync(cancellationToken).ConfigureAwait(false),
            today);
        var recipients = Recipients(step, tasks);
        var due = recipients.Where(r => !queuedKeys.Contains(CampaignCalendar.Key(meeting, step, r.Tasks.To.Email))).ToList();
        if (due.Count == 0) return new CampaignBatch(recipients.Count, []);

        var illustrative = await observations.IsIllustrativeAsync(cancellationToken).ConfigureAwait(false);
        var files = step == CampaignStep.Pack ? await packs.MakeAsync(today, due.Select(r => r.Tasks.To.Language), cancellationToken).ConfigureAwait(false) : null;
        var mails = new List<ComposedMail<CampaignModel>>();
        foreach (var (person, secretary) in due)
        {
            var to = person.To;
            var pack = files?[to.Language];
            var model = new CampaignModel(step, meeting, CampaignCalendar.Opens(meeting, CampaignStep.Pack), illustrative || pack?.Info.Illustrative == true, person, secretary, pack?.Info);
            var body = await renderer.RenderAsync<CampaignMail>(nameof(CampaignMail.Model), model).ConfigureAwait(false);
            var message = new OutboxMessage(CampaignCalendar.Key(meeting, step, to.Email), CampaignCalendar.Kind(step), to.Email, to.Name, to.Language, Subject(model), body.Html, body.Text)
            {
                Attachments = pack is null ? [] : [pack.File],
            };
            mails.Add(new(model, message));
        }

        return new CampaignBatch(recipients.Count, mails);
    }

    private List<(OwnerTasks Tasks, bool Secretary)> Recipients(CampaignStep step, IReadOnlyList<OwnerTasks> owners)
    {
        if (step == CampaignStep.Request) return owners.Select(o => (o, false)).ToList();
        if (step == CampaignStep.Reminder) return owners.Where(o => o.NeedsUpdate).Select(o => (o, false)).ToList();

        // The secretary gets the pack too; if they are also an owner, once, in the language they chose as an owner.
        var o = options.Value;
        var list = owners.Select(x => (x, x.To.Email.Equals(o.SecretaryEmail, StringComparison.OrdinalIgnoreCase))).ToList();
        if (!list.Exists(x => x.Item2))
        {
            var name = string.IsNullOrWhiteSpace(o.SecretaryName) ? CampaignWords.For(o.SecretaryLanguage).Secretary : o.SecretaryName;
            list.Add((OwnerTasks.None(new Recipient(name, o.SecretaryEmail!, o.SecretaryLanguage)), true));
        }

        return list;
    }

    private static string Subject(CampaignModel model)
    {
        var language = model.Tasks.To.Language;
        var (w, m) = (CampaignWords.For(language), MailWords.For(language));
        var meeting = m.Date(model.Meeting);
        var text = model.Step switch
        {
            CampaignStep.Request => w.RequestSubject(meeting),
            CampaignStep.Reminder => w.ReminderSubject(meeting, model.Tasks.ItemCount),
            _ => w.PackSubject(meeting),
        };
        return (model.Illustrative ? m.IllustrativeTag + " " : "") + text;
    }
}
