using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace RiskWorker.Mail;

/// <summary>Retries transient delivery failures with exponential backoff and jitter on the injected clock (FIELD-GUIDE §9).</summary>
internal static class MailRetryPipeline
{
    public static ResiliencePipeline Build(SmtpOptions options, TimeProvider clock, ILogger logger)
    {
        if (options.RetryAttempts == 0) return ResiliencePipeline.Empty;
        return new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(ex => MailFailures.Classify(ex) == MailFailureKind.Transient),
                MaxRetryAttempts = options.RetryAttempts,
                Delay = TimeSpan.FromSeconds(options.RetryDelaySeconds),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    logger.LogInformation("Delivery attempt {Attempt} failed ({Error}); retrying in {Delay}", args.AttemptNumber + 1,
                        MailFailures.Describe(args.Outcome.Exception!), args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }
}
