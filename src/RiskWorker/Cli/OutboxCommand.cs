using RiskEngine;
using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using RiskWorker.Mail;

namespace RiskWorker.Cli;

/// <summary><c>outbox [--failed]</c>: lists the outbox, one message per line, with the server's last answer.</summary>
internal static class OutboxCommand
{
    public static Command Build()
    {
        var failedOnly = new Option<bool>("--failed");
        var outbox = new Command("outbox") { failedOnly };
        Verb.Action(outbox, async (parse, ct) =>
        {
            using var services = MailServices.Build(parse);
            var rows = await services.GetRequiredService<IOutboxReader>().ListAsync(parse.GetValue(failedOnly) ? OutboxStatus.Failed : null, ct).ConfigureAwait(false);
            var register = services.GetRequiredService<IRiskRegister>();
            var words = CliWords.For(parse, register);
            foreach (var line in OutboxTable.Lines(rows, register.Identity.TimeZone, words)) Console.WriteLine(line);
            Console.WriteLine(words.Plural("cli.outbox.count", rows.Count));
            return Verb.Ok;
        });
        return outbox;
    }
}
