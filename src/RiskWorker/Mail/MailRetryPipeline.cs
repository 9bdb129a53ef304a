using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace RiskWorker.Mail;

/// <summary>Retries transient delivery failures with exponential backoff and jitter on the injected clock (FIELD-GUIDE §9).</summary>
internal static class MailRetryPipeline
{
    /// <summary>How far a delay may stray from base·2ⁿ, either way.</summary>
    public const double Jitter = 0.2;

    public static ResiliencePipeline Build(SmtpOptions options, TimeProvider clock, ILogger logger, Func<double>? random = null)
    {
        if (options.RetryAttempts == 0) return ResiliencePipeline.Empty;
        var next = random ?? Random.Shared.NextDouble;
        var baseDelay = TimeSpan.FromSeconds(options.RetryDelaySeconds);
        return new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(ex => MailFailures.Classify(ex) == MailFailureKind.Transient),
                MaxRetryAttempts = options.RetryAttempts,
                // Polly's own jitter (decorrelated) can make a later delay shorter than an earlier one; this one keeps doubling.
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(Delay(baseDelay, args.AttemptNumber, next())),
                OnRetry = args =>
                {
                    logger.LogInformation("Delivery attempt {Attempt} failed ({Error}); retrying in {Delay}", args.AttemptNumber + 1,
                        MailFailures.Describe(args.Outcome.Exception!), args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>The delay before retry <paramref name="attempt"/> (0-based): base·2ⁿ, moved by ±<see cref="Jitter"/> as <paramref name="unit"/> (0–1) says.</summary>
    public static TimeSpan Delay(TimeSpan baseDelay, int attempt, double unit) =>
        baseDelay * Math.Pow(2, attempt) * (1 - Jitter + 2 * Jitter * unit);
}
