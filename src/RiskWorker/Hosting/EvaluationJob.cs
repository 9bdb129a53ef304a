using Microsoft.Extensions.Logging;
using Quartz;
using RiskEngine;

namespace RiskWorker.Hosting;

/// <summary>Rates every risk as of today (in the register's time zone) and hands the stored evaluation to the alert dispatch.</summary>
[DisallowConcurrentExecution]
internal sealed partial class EvaluationJob(IRiskEvaluator evaluator, IRiskRegister register, TimeProvider clock, ILogger<EvaluationJob> logger) : IJob
{
    public static readonly JobKey Key = new("evaluation", "riskengine");

    public static IJobDetail Definition { get; } = JobBuilder.Create<EvaluationJob>().WithIdentity(Key)
        .WithDescription("Rates every risk on today's data, then queues the alert dispatch").StoreDurably().RequestRecovery().Build();

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        // Once per firing: a run that Quartz recovers after its worker died between storing and finishing finds the
        // evaluation stored and rates nothing; the alert dispatch below is triggered again (it is idempotent).
        var firing = FiringName.Of(context);
        var (evaluation, alreadyStored) = await evaluator.EvaluateForFiringAsync(register.Identity.Today(clock), firing, cancellationToken).ConfigureAwait(false);
        if (alreadyStored)
        {
            LogAlreadyStored(firing, evaluation.Id);
        }
        else
        {
            var levels = string.Join(", ", evaluation.Risks.GroupBy(r => r.Level).OrderByDescending(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}"));
            LogEvaluated(evaluation.Id, evaluation.AsOf, evaluation.Risks.Count, levels, evaluation.Risks.Count(r => r.AboveAppetite),
                evaluation.Risks.Count(r => r.Stale), evaluation.Risks.Count(r => r.Movement == Movement.Up), evaluation.Illustrative ? " (ILLUSTRATIVE data)" : "",
                firing, context.Recovering ? " (recovered from a worker that stopped)" : "");
        }

        // A trigger in the persistent store, not a direct call: if the worker stops now, the dispatch still runs on return;
        // if it stops before this line, the next run's dispatch alerts this evaluation too (it is after the watermark).
        await context.Scheduler.TriggerJob(AlertJob.Key, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Evaluation #{Id} as of {AsOf:yyyy-MM-dd}: {Risks} risks rated ({Levels}); {Above} above appetite, {Stale} on stale data, {Rising} rising{Illustrative}; firing {Firing}{Recovered}")]
    private partial void LogEvaluated(long? id, DateOnly asOf, int risks, string levels, int above, int stale, int rising, string illustrative, string firing, string recovered);

    [LoggerMessage(Level = LogLevel.Information, Message = "Firing {Firing} was evaluated already (evaluation {Id}) by a worker that stopped before finishing; not rated again")]
    private partial void LogAlreadyStored(string firing, long? id);
}
