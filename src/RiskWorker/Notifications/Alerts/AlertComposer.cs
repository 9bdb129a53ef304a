using RiskEngine;
using RiskWorker.Mail;
using RiskWorker.Notifications.Routing;
using RiskWorker.Notifications.Templates;
using RiskWorker.Output;

namespace RiskWorker.Notifications.Alerts;

/// <summary>Composes one alert per owner per risk whose level rose, or that became above appetite or critical.</summary>
internal sealed class AlertComposer(IRiskRegister register, RecipientDirectory directory, MailRenderer renderer)
{
    /// <summary>Alerts for <paramref name="current"/> against <paramref name="previous"/>, the evaluation before it by date.</summary>
    public async Task<AlertBatch> ComposeAsync(Evaluation current, Evaluation? previous, CancellationToken cancellationToken)
    {
        var changes = AlertDetector.Detect(current, previous);
        if (changes.Count == 0) return new AlertBatch(current.Id!.Value, current.AsOf, previous?.Id, 0, []);

        var routing = await directory.LoadAsync(cancellationToken).ConfigureAwait(false);
        var mails = new List<ComposedMail<AlertModel>>();
        foreach (var change in changes)
        {
            var risk = register.FindRisk(change.After.Code);
            foreach (var delivery in routing.Route(risk?.Owners ?? []))
            {
                var language = delivery.To.Language;
                var model = new AlertModel(delivery.To, register.Words.For(language), change, risk?.Title.Get(language) ?? change.After.Code, current.Illustrative,
                    ReasonLines.Of(change.After, register, language), FallbackText.Notes([(delivery, change.After.Code)], register, language));
                var body = await renderer.RenderAsync<AlertMail>(nameof(AlertMail.Model), model).ConfigureAwait(false);
                var key = OutboxKeys.Alert(delivery.To.Email, change.After.Code, change.After.Level.ToString().ToLowerInvariant(), change.Fingerprint);
                mails.Add(new(model, new OutboxMessage(key, "alert", delivery.To.Email, delivery.To.Name, language, Subject(model), body.Html, body.Text)));
            }
        }

        return new AlertBatch(current.Id!.Value, current.AsOf, previous?.Id, changes.Count, mails);
    }

    private static string Subject(AlertModel model)
    {
        var w = model.Words;
        var (before, after) = (model.Change.Before, model.Change.After);
        var change = model.Change.LevelRose ? $"{w.Level(before!.Level)} → {w.Level(after.Level)}"
            : after.AboveAppetite ? w.Format("mail.alert.still-above-appetite", ("level", w.Level(after.Level)))
            : w.Level(after.Level);
        return w.Tagged(model.Illustrative, w.Format("mail.alert.subject", ("code", after.Code), ("change", change)));
    }
}
