using Microsoft.Extensions.Options;
using RiskEngine;
using RiskWorker.Cli;
using RiskWorker.Mail;
using RiskWorker.Notifications.Routing;
using RiskWorker.Notifications.Templates;
using RiskWorker.Reviews;

namespace RiskWorker.Notifications.Digest;

/// <summary>Composes this week's digests from the latest evaluation dated today or earlier; sends nothing.</summary>
internal sealed class DigestComposer(
    IAssessmentHistory history,
    IRiskRegister register,
    IMitigationActionStore actions,
    IObservationStore observations,
    RecipientDirectory directory,
    MailRenderer renderer,
    IOptions<NotificationOptions> options,
    IReviewStore reviews,
    ReviewBodies bodies,
    TimeProvider clock)
{
    // Evaluations normally run daily; a few manual runs more still leave a week well within this many steps back.
    private const int MaxStepsBack = 64;

    public async Task<IReadOnlyList<ComposedMail<DigestModel>>> ComposeAsync(CancellationToken cancellationToken)
    {
        // The latest dated today or earlier: a back-dated run stored later, or one dated ahead, is not this week's state.
        var current = await history.GetLatestAsync(register.Identity.Today(clock), cancellationToken).ConfigureAwait(false) ?? throw new NoEvaluationException();
        var inputs = new DigestInputs(
            current,
            await ReferenceForAsync(current, cancellationToken).ConfigureAwait(false),
            register,
            await directory.LoadAsync(cancellationToken).ConfigureAwait(false),
            await actions.GetAllAsync(cancellationToken).ConfigureAwait(false),
            LatestObservations.Of(await observations.GetAllAsync(cancellationToken).ConfigureAwait(false)),
            register.Identity.Today(clock),
            options.Value.ActionHorizonDays,
            await reviews.GetLatestDecisionsAsync(current.AsOf, cancellationToken).ConfigureAwait(false),
            bodies.NameOf);

        var mails = new List<ComposedMail<DigestModel>>();
        foreach (var model in DigestBuilder.Build(inputs))
        {
            var body = await renderer.RenderAsync<DigestMail>(nameof(DigestMail.Model), model).ConfigureAwait(false);
            mails.Add(new(model, new OutboxMessage(OutboxKeys.Digest(model.To.Email, model.Week), "digest", model.To.Email, model.To.Name,
                model.To.Language, DigestSubject.For(model), body.Html, body.Text)));
        }

        return mails;
    }

    /// <summary>The stored evaluation at least a week older than <paramref name="current"/>, else the one just before it.</summary>
    private async Task<Evaluation?> ReferenceForAsync(Evaluation current, CancellationToken cancellationToken)
    {
        var weekBefore = current.AsOf.AddDays(-7);
        var previous = await history.GetPreviousAsync(current.Id!.Value, cancellationToken).ConfigureAwait(false);
        for (var (e, steps) = (previous, 0); e is not null && steps < MaxStepsBack; steps++)
        {
            if (e.AsOf <= weekBefore) return e;
            e = await history.GetPreviousAsync(e.Id!.Value, cancellationToken).ConfigureAwait(false);
        }

        return previous;
    }
}
