using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using RiskWorker.Mail;

namespace RiskWorker.Cli;

/// <summary><c>outbox [--failed]</c>: lists the outbox, one message per line, with the server's last answer.</summary>
internal static class OutboxCommand
{
    public static Command Build()
    {
        var failedOnly = new Option<bool>("--failed") { Description = "Only messages the server refused for good" };
        var outbox = new Command("outbox", "List outbox messages: key, kind, recipient, status, attempts, last error") { failedOnly };
        Verb.Action(outbox, async (parse, ct) =>
        {
            using var services = MailServices.Build(parse);
            var rows = await services.GetRequiredService<IOutboxReader>().ListAsync(parse.GetValue(failedOnly) ? OutboxStatus.Failed : null, ct).ConfigureAwait(false);
            Console.WriteLine($"{"KEY",-44} {"KIND",-12} {"TO",-32} {"STATUS",-9} {"ATT",3}  LAST ERROR");
            foreach (var r in rows)
            {
                var error = r.LastError?.ReplaceLineEndings(" ") ?? "";
                Console.WriteLine($"{r.Key,-44} {r.Kind,-12} {r.ToAddress,-32} {r.Status.ToString().ToLowerInvariant(),-9} {r.Attempts,3}  {error}");
            }

            Console.WriteLine($"{rows.Count} message(s)");
            return Verb.Ok;
        });
        return outbox;
    }
}
