using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using RiskEngine;
using RiskEngine.Storage;
using RiskEngine.Testing;
using RiskWorker.Demo;
using RiskWorker.Mail;
using RiskWorker.Notifications;
using RiskWorker.Notifications.Digest;
using RiskWorker.Owners;
using RiskWorker.Reviews;
using RiskWorker.Tests.Notify.Support;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Notify;

/// <summary>
/// A language added to the register as a university adds one (its code, its texts, one word file) speaks every fixed
/// word of the digest: received from a real SMTP server, nothing of the mail is left in Kyrgyz, Russian or English.
/// </summary>
public sealed partial class PseudoLanguageDigestTests
{
    // Not a Latin or Cyrillic letter, so a name can never pass for a fixed word.
    private const string Name = "Ψ";

    [Fact]
    public async Task DigestSend_OwnerOfAnAddedLanguage_EveryFixedWordOfTheReceivedMailIsThatLanguages()
    {
        await using var server = await SmtpServer.StartAsync();
        using var temp = new TempDirectory();
        var (rules, set) = await PseudoRegister.MakeAsync(temp);
        await using var services = Services(temp.File("r.db"), rules, set, server);
        var register = services.GetRequiredService<IRiskRegister>();
        // Every role but one, at the fallback address: the mail has risks, indicators, actions and says why the rest came.
        var roles = register.Offices.Select(o => o.Code).Order(StringComparer.Ordinal).ToList();
        await services.GetRequiredService<IOwnerStore>().ReplaceAllAsync([new Owner(Name, NotifyWorld.Fallback, PseudoLanguage.Code, roles.Skip(1).ToList())], default);
        await new DemoDataSet(register).StoreAsync(services.GetRequiredService<IScopeStore>(), services.GetRequiredService<IObservationStore>(), services.GetRequiredService<IMitigationActionStore>(), NotifyWorld.Today, default);
        var evaluator = services.GetRequiredService<IRiskEvaluator>();
        await evaluator.EvaluateAsync(NotifyWorld.Today.AddDays(-7));
        await evaluator.EvaluateAsync(NotifyWorld.Today);
        File.WriteAllText(temp.File("decisions.csv"), "risk,decision,note,action,owner,due\n1.1,accept,,,,\n2.1,escalate,№ 7,,,\n");
        var bodies = services.GetRequiredService<ReviewBodies>();
        await services.GetRequiredService<ReviewRecorder>().RecordAsync(bodies.Council, NotifyWorld.Today, null, temp.File("decisions.csv"), null, register.Words.For("en"), default);

        var report = await services.GetRequiredService<DigestSender>().SendAsync(default);

        Assert.True(report.Sent.Delivered > 0, report.ToString());
        var message = Assert.Single(server.Messages(), m => m.To.Mailboxes.Single().Address == NotifyWorld.Fallback);
        Assert.Equal(PseudoLanguage.Code, message.Body!.Headers[HeaderId.ContentLanguage]);
        var html = new HtmlParser().ParseDocument(message.HtmlBody!);
        // Every part of the mail is there to be checked: the words of each section came through.
        Assert.All(["risks", "reasons", "indicators", "overdue", "due-soon", "fallback"], s => Assert.NotNull(html.QuerySelector($"[data-section='{s}']")));
        Assert.NotNull(html.QuerySelector("[data-role='last-decision']"));
        Assert.NotNull(html.QuerySelector("[data-role='illustrative']"));
        foreach (var (part, text) in new (string, string)[] { ("subject", message.Subject ?? ""), ("html", html.Body!.TextContent ?? ""), ("text", message.TextBody ?? "") })
        {
            Assert.False(Cyrillic().IsMatch(text), $"{part}: a Kyrgyz or Russian word: {Cyrillic().Match(text).Value}");
            var left = Latin().Matches(PseudoRegister.Outside(text)).Select(m => m.Value).Where(w => !IsCode(w, register)).Distinct().ToList();
            Assert.True(left.Count == 0, $"{part}: words outside the pseudo-language: {string.Join(", ", left)}");
        }

        Assert.Matches("^⟦\\[ILLUSTRATIVE\\]⟧ ⟦Weekly risk digest 2026-W48: ⟦.+⟧⟧$", message.Subject);
        Assert.Equal(PseudoLanguage.Of($"Hello, {Name}."), html.QuerySelector("[data-role='greeting']")!.TextContent);
        Assert.StartsWith("⟦Latest decision: ⟦Academic Council⟧, ", html.QuerySelector("[data-role='last-decision']")!.TextContent, StringComparison.Ordinal);
    }

    // Codes are data, the same in every language: risk, indicator, rule and scope codes.
    private static bool IsCode(string word, IRiskRegister register) =>
        word.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_') && register.Indicators.Any(i => i.Code.Contains(word, StringComparison.Ordinal))
        || register.Rules.Any(r => r.Id.Contains(word, StringComparison.Ordinal))
        || new DemoDataSet(register).Faculties.Any(f => f.Code.Contains(word, StringComparison.Ordinal));

    private static ServiceProvider Services(string database, string rules, RiskEngine.Rules.CompiledRuleSet set, SmtpServer server)
    {
        var settings = EnvironmentSettings.AsConfiguration(server.Environment).Append(new("Notifications:FallbackEmail", NotifyWorld.Fallback));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 3, 0, 0, TimeSpan.Zero)));
        services.AddSingleton(set);
        services.AddWorkerEngine(o => (o.DatabasePath, o.RulesDirectory) = (database, rules));
        services.AddNotifications(configuration).AddWorkerMail(configuration);
        return services.BuildServiceProvider();
    }

    [GeneratedRegex("\\p{IsCyrillic}")]
    private static partial Regex Cyrillic();

    [GeneratedRegex("[A-Za-z][A-Za-z0-9_-]*")]
    private static partial Regex Latin();
}
