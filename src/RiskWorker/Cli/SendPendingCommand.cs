using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine;
using RiskWorker.Mail;

namespace RiskWorker.Cli;

/// <summary><c>send-pending</c>: sends the outbox now and prints what happened; a refused message is a result, not an error; settings that do not fit the server exit 1 (<see cref="Verb"/>).</summary>
internal static class SendPendingCommand
{
    public static Command Build()
    {
        var send = new Command("send-pending");
        Verb.Action(send, async (parse, ct) =>
        {
            using var services = MailServices.Build(parse);
            var words = CliWords.For(parse, services.GetRequiredService<IRiskRegister>());
            var report = await services.GetRequiredService<IOutbox>().SendPendingAsync(ct).ConfigureAwait(false);
            Console.WriteLine(report.In(words));
            return Verb.Ok;
        });
        return send;
    }
}
