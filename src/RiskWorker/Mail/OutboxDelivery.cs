using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RiskEngine;

namespace RiskWorker.Mail;

/// <summary>
/// Sends the pending rows, one at a time over one session, marking each delivered right after the server accepts it,
/// so a process killed mid-batch loses nothing (the unmarked rest is still pending). A message whose transaction
/// breaks the line is recorded and the batch goes on over a new connection; only failing to connect stops it.
/// Which rows a run takes is the queue's business (<see cref="IOutboxQueue"/>: a lock file on SQLite, claims on PostgreSQL).
/// </summary>
internal sealed class OutboxDelivery(OutboxStore store, IMailTransport transport, IOptions<SmtpOptions> smtp, IOptions<RiskEngineOptions> engine,
    IRiskRegister register, TimeProvider clock, ILogger<OutboxDelivery> logger)
{
    public async Task<SendReport> RunAsync(CancellationToken cancellationToken)
    {
        var options = smtp.Value;
        var destination = transport.Destination;
        await using var queue = store.SharedByClaims
            ? new ClaimedOutboxQueue(store, TimeSpan.FromSeconds(options.ClaimLeaseSeconds), logger)
            : (IOutboxQueue)await LockedOutboxQueue.OpenAsync(store, engine.Value.DatabasePath, clock, logger, cancellationToken).ConfigureAwait(false);
        var pipeline = MailRetryPipeline.Build(options, clock, logger);
        int delivered = 0, failed = 0, deferred = 0;
        await using (var session = transport.OpenSession())
        {
            while (await queue.NextAsync(cancellationToken).ConfigureAwait(false) is { } mail)
            {
                var message = OutboxMime.Compose(mail, options.From, register.Identity.TimeZone);
                var attempts = 0;
                try
                {
                    var receipt = await pipeline.ExecuteAsync(async ct =>
                    {
                        attempts++;
                        return await session.SendAsync(mail.Message.Key, message, ct).ConfigureAwait(false);
                    }, cancellationToken).ConfigureAwait(false);
                    await queue.DeliveredAsync(mail, attempts, receipt, clock.GetUtcNow()).ConfigureAwait(false);
                    delivered++;
                }
                catch (Exception ex) when (MailFailures.Classify(ex) == MailFailureKind.Permanent)
                {
                    await queue.FailedAsync(mail, attempts, MailFailures.Describe(ex), clock.GetUtcNow()).ConfigureAwait(false);
                    logger.LogWarning("Message {Key} to {To} refused for good by {Destination}: {Answer}", mail.Message.Key, mail.Message.ToAddress, destination, MailFailures.Describe(ex));
                    failed++;
                }
                catch (Exception ex) when (MailFailures.Classify(ex) == MailFailureKind.Transient)
                {
                    await queue.DeferredAsync(mail, attempts, MailFailures.Describe(ex), clock.GetUtcNow()).ConfigureAwait(false);
                    logger.LogWarning("Message {Key} deferred after {Attempts} attempts: {Error}", mail.Message.Key, attempts, MailFailures.Describe(ex));
                    deferred++;
                    // A line that broke on one message (a recipient that stalls or is cut off) must not hold back the
                    // rest: the session reconnects for the next one. Only a server we cannot reach ends the batch.
                    if (MailFailures.CouldNotConnect(ex))
                    {
                        var left = await queue.CountLeftAsync(CancellationToken.None).ConfigureAwait(false);
                        deferred += left;
                        logger.LogWarning("{Destination} is unreachable; the other {Count} pending messages wait for the next run", destination, left);
                        break;
                    }
                }
                catch (Exception ex) when (MailFailures.Classify(ex) == MailFailureKind.Configuration)
                {
                    await queue.DeferredAsync(mail, attempts, MailFailures.Describe(ex), clock.GetUtcNow()).ConfigureAwait(false);
                    logger.LogError("Mail settings do not work with {Destination}: {Error}. {Delivered} delivered before; the rest stays pending", destination, MailFailures.Describe(ex), delivered);
                    var left = await queue.CountLeftAsync(CancellationToken.None).ConfigureAwait(false) + 1;
                    throw new MailConfigurationException(destination, MailFailures.Problem(ex), left, ex);
                }
            }
        }

        if (!options.UsesServer && delivered > 0) logger.LogInformation("No Smtp:Host configured: {Count} message(s) written as .eml files into {Folder}", delivered, destination);
        logger.LogInformation("Mail run: {Delivered} delivered, {Failed} failed, {Deferred} deferred → {Destination}", delivered, failed, deferred, destination);
        return new SendReport(delivered, failed, deferred, destination);
    }
}
