using RiskEngine;
using RiskWorker.Campaign.Templates;
using RiskWorker.Mail;
using RiskWorker.Notifications;
using RiskWorker.Notifications.Routing;
using RiskWorker.Notifications.Templates;
using RiskWorker.Reviews;

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
    MailRenderer renderer)
{
    public async Task<CampaignBatch> ComposeAsync(ReviewBody body, DateOnly meeting, CampaignStep step, DateOnly today, IReadOnlySet<string> queuedKeys, CancellationToken cancellationToken)
    {
        var tasks = OwnerTasksBuilder.Build(
            register,
            await directory.LoadAsync(cancellationToken).ConfigureAwait(false),
            await facts.GetAsync(today, cancellationToken).ConfigureAwait(false),
            LatestObservations.Of(await observations.GetAllAsync(cancellationToken).ConfigureAwait(false)),
            await actions.GetAllAsync(cancellationToken).ConfigureAwait(false),
            today,
            body.Covers);
        var recipients = Recipients(body, step, tasks);
        var due = recipients.Where(r => !queuedKeys.Contains(CampaignCalendar.Key(body, meeting, step, r.Tasks.To.Email))).ToList();
        if (due.Count == 0) return new CampaignBatch(recipients.Count, []);

        var illustrative = await observations.IsIllustrativeAsync(cancellationToken).ConfigureAwait(false);
        var files = step == CampaignStep.Pack ? await packs.MakeAsync(body, today, due.Select(r => r.Tasks.To.Language), cancellationToken).ConfigureAwait(false) : null;
        var mails = new List<ComposedMail<CampaignModel>>();
        foreach (var (person, secretary) in due)
        {
            var to = person.To;
            var pack = files?[to.Language];
            var words = register.Words.For(to.Language);
            var model = new CampaignModel(step, meeting, CampaignCalendar.Opens(body.Windows, meeting, CampaignStep.Pack), illustrative || pack?.Info.Illustrative == true, person, secretary, pack?.Info,
                words, body.IsCouncil ? null : body.Name.Get(words.Language));
            var rendered = await renderer.RenderAsync<CampaignMail>(nameof(CampaignMail.Model), model).ConfigureAwait(false);
            var message = new OutboxMessage(CampaignCalendar.Key(body, meeting, step, to.Email), CampaignCalendar.Kind(body, step), to.Email, to.Name, to.Language, Subject(model), rendered.Html, rendered.Text)
            {
                Attachments = pack is null ? [] : [pack.File],
            };
            mails.Add(new(model, message));
        }

        return new CampaignBatch(recipients.Count, mails);
    }

    private List<(OwnerTasks Tasks, bool Secretary)> Recipients(ReviewBody body, CampaignStep step, IReadOnlyList<OwnerTasks> owners)
    {
        if (step == CampaignStep.Request) return owners.Select(o => (o, false)).ToList();
        if (step == CampaignStep.Reminder) return owners.Where(o => o.NeedsUpdate).Select(o => (o, false)).ToList();

        // The secretary gets the pack too; if they are also an owner, once, in the language they chose as an owner.
        var list = owners.Select(x => (x, x.To.Email.Equals(body.SecretaryEmail, StringComparison.OrdinalIgnoreCase))).ToList();
        if (body.SecretaryEmail is { } email && !list.Exists(x => x.Item2))
        {
            var words = register.Words.For(body.Language);
            var name = body.SecretaryName ?? CampaignPhrases.Secretary(words, body.IsCouncil ? null : body.Name.Get(words.Language));
            list.Add((OwnerTasks.None(new Recipient(name, email, body.Language)), true));
        }

        return list;
    }

    private static string Subject(CampaignModel model)
    {
        var meeting = ("meeting", (object?)model.Words.Date(model.Meeting));
        var text = model.Step switch
        {
            CampaignStep.Request => model.Say("request.subject", meeting),
            CampaignStep.Reminder => model.SayPlural("reminder.subject", model.Tasks.ItemCount, meeting),
            _ => model.Say("pack.subject", meeting),
        };
        return model.Words.Tagged(model.Illustrative, text);
    }
}
