using AngleSharp.Html.Parser;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using RiskEngine;
using RiskWorker.Mail;
using RiskWorker.Notifications;
using RiskWorker.Notifications.Alerts;
using RiskWorker.Owners;
using RiskWorker.Tests.Notify.Support;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Alerts;

/// <summary>An alert from a real evaluation to a real SMTP server (aiosmtpd), read back and parsed with MimeKit.</summary>
public sealed class AlertSmtpTests
{
    [Fact]
    public async Task DispatchAsync_EvaluationShowsARise_KyrgyzAlertWithLevelsAndReasonArrivesAtTheServer()
    {
        await using var server = await SmtpServer.StartAsync();
        using var temp = new TempDirectory();
        // Sunday 22 Nov 2026, 09:00 in Bishkek.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero));
        await using var services = Services(temp.File("r.db"), server, clock);
        File.WriteAllText(temp.File("owners.csv"), "name,email,language,roles\nАйгүл Токтосунова,aigul@example.org,,quality-licensing-office\n");
        await services.GetRequiredService<IOwnerStore>().ReplaceAllAsync(
            await services.GetRequiredService<OwnerImporter>().ImportAsync(temp.File("owners.csv"), default), default);
        var observations = services.GetRequiredService<IObservationStore>();
        var evaluator = services.GetRequiredService<IRiskEvaluator>();
        // 70 % accredited is on track (1.1 is L2×I4, medium); 45 % is behind the target of 50 (L3×I4, high).
        await observations.AddAsync([new Observation("EDU_INTL_ACCREDITED", "2026", 70)], replace: false);
        await evaluator.EvaluateAsync(new DateOnly(2026, 11, 22));
        await services.GetRequiredService<AlertDispatcher>().DispatchAsync(default);
        clock.Advance(TimeSpan.FromDays(1));
        await observations.AddAsync([new Observation("EDU_INTL_ACCREDITED", "2026", 45)], replace: true);
        await evaluator.EvaluateAsync(new DateOnly(2026, 11, 23));

        var report = await services.GetRequiredService<AlertDispatcher>().DispatchAsync(default);

        Assert.Equal((1, report.Composed), (report.Risks, report.Sent.Delivered));
        var message = Assert.Single(server.Messages(), m => m.To.Mailboxes.Any(a => a.Address == "aigul@example.org"));
        Assert.Equal("Айгүл Токтосунова", message.To.Mailboxes.Single().Name);
        Assert.Equal("1.1 тобокелдиги боюнча эскертүү: орточо → жогорку", message.Subject);
        Assert.Equal("ky", message.Body!.Headers[HeaderId.ContentLanguage]);
        Assert.Equal(["text/plain", "text/html"], Assert.IsType<MultipartAlternative>(message.Body).Select(p => p.ContentType.MimeType));
        var html = new HtmlParser().ParseDocument(message.HtmlBody!);
        Assert.Equal(["medium", "high"], html.QuerySelectorAll("[data-role='levels'] [data-level]").Select(e => e.GetAttribute("data-level")));
        var reason = html.QuerySelector("tr[data-rule='1.1-accreditation-at-risk']")!;
        Assert.Equal([services.GetRequiredService<IRiskRegister>().FindIndicator("EDU_INTL_ACCREDITED")!.Name.Get("ky"), "ОшТУ", "45", "50", "-5"],
            reason.QuerySelectorAll("td").Skip(1).Take(5).Select(td => td.TextContent));
        Assert.Contains("Деңгээли көтөрүлдү: орточо → жогорку.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("45", message.TextBody, StringComparison.Ordinal);
        var rerun = await services.GetRequiredService<AlertDispatcher>().DispatchAsync(default);
        Assert.Equal((0, 0), (rerun.Batches.Count, rerun.Sent.Delivered));
    }

    private static ServiceProvider Services(string database, SmtpServer server, TimeProvider clock)
    {
        var settings = EnvironmentSettings.AsConfiguration(server.Environment)
            .Append(new("Notifications:FallbackEmail", NotifyWorld.Fallback));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock);
        services.AddSingleton(SharedRules.Value);
        services.AddWorkerEngine(o => (o.DatabasePath, o.RulesDirectory) = (database, RepoPaths.Rules));
        services.AddNotifications(configuration).AddWorkerMail(configuration);
        return services.BuildServiceProvider();
    }
}
