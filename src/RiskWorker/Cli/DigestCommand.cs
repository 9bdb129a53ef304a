using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine;
using RiskWorker.Notifications;
using RiskWorker.Notifications.Digest;

namespace RiskWorker.Cli;

/// <summary>
/// <c>digest --send</c> composes this week's digests into the outbox and sends what is pending;
/// <c>digest --preview DIR</c> writes each person's digest as <c>.eml</c> and <c>.html</c> without touching the outbox.
/// </summary>
internal static class DigestCommand
{
    public static Command Build()
    {
        var send = new Option<bool>("--send");
        var preview = new Option<string?>("--preview");
        var digest = new Command("digest") { send, preview };
        digest.Validators.Add(r =>
        {
            if (r.GetValue(send) == (r.GetValue(preview) is not null)) r.AddError("digest takes exactly one of --send or --preview DIR");
        });
        Verb.Action(digest, async (parse, ct) =>
        {
            var configuration = WorkerConfiguration.Current;
            using var services = EngineServices.Build(parse, s => s.AddWorkerServices(configuration));
            var words = CliWords.For(parse, services.GetRequiredService<IRiskRegister>());
            try
            {
                if (parse.GetValue(preview) is { } dir)
                {
                    var files = await services.GetRequiredService<DigestPreview>().WriteAsync(dir, ct).ConfigureAwait(false);
                    Console.WriteLine(words.Format("cli.digest.preview", ("count", files.Count), ("folder", Path.GetFullPath(dir))));
                    return Verb.Ok;
                }

                Console.WriteLine((await services.GetRequiredService<DigestSender>().SendAsync(ct).ConfigureAwait(false)).In(words));
                return Verb.Ok;
            }
            catch (NoEvaluationException ex)
            {
                await Console.Error.WriteLineAsync(ex.Line.In(words)).ConfigureAwait(false);
                return Verb.DataError;
            }
        });
        return digest;
    }
}
