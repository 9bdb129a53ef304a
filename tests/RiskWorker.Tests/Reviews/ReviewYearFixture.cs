using MimeKit;
using RiskEngine;
using RiskWorker.Campaign;
using RiskWorker.Mail;
using RiskWorker.Reviews;
using RiskWorker.Tests.Campaign.Support;
using RiskWorker.Tests.Reviews.Support;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Reviews;

/// <summary>
/// A simulated year, 2026-01-01 to 2026-12-31: every review body's campaign runs once a day at 07:00 Bishkek, as the
/// daily job does, against the real outbox and SMTP server. The Council (yearly) meets on 2026-12-23; the
/// sustainable-development commission (quarterly, windows 21/10/5 days) on 03-18, 06-18, 09-18 and 12-18. After its
/// March meeting the commission records decisions (treat 7.2 with an action due 05-01, accept 4.1); after June, a treat
/// of 4.1 whose action the office reports done on 07-15. Keeps every message with the day it arrived. Once per store:
/// <see cref="SqliteReviewYear"/>, <see cref="PostgresReviewYear"/>.
/// </summary>
public abstract class ReviewYearFixture(TestStore store) : IAsyncLifetime
{
    public static readonly DateOnly Start = new(2026, 1, 1);
    public const string DecisionAction = "Update the statute register after the new law (ILLUSTRATIVE)";
    public const string JuneAction = "Survey the teaching buildings (ILLUSTRATIVE)";

    private CampaignWorld _world = null!;

    /// <summary>Every message the server received, with the day of the run that sent it.</summary>
    public List<(DateOnly Day, MimeMessage Message)> Received { get; } = [];

    /// <summary>Every outbox row at the end of the year.</summary>
    internal IReadOnlyList<OutboxEntry> Outbox { get; private set; } = [];

    internal List<CampaignRunReport> Reports { get; } = [];

    /// <summary>7.2's reasons on the day before its decision's action fell due and the day after.</summary>
    internal (Evaluation Before, Evaluation After) AroundDue { get; private set; }

    public async Task InitializeAsync()
    {
        _world = await CampaignWorld.StartAsync(EnvironmentSettings.AsConfiguration(SdcBody.Environment("2026-03-18")).ToDictionary(kv => kv.Key, kv => kv.Value), Start, store);
        await CampaignScenario.SeedAsync(_world);
        var seen = 0;
        for (var day = Start; day <= new DateOnly(2026, 12, 31); day = day.AddDays(1))
        {
            Reports.AddRange(await _world.RunAllOnAsync(day));
            var all = _world.Smtp.Messages();
            Received.AddRange(all.Skip(seen).Select(m => (day, m)));
            seen = all.Count;
            await AfterTheRunAsync(day);
        }

        Outbox = await _world.Get<IOutboxReader>().ListAsync(null, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    public static string To(MimeMessage message) => message.To.Mailboxes.Single().Address;

    // The secretary records what the commission decided, and the office reports what it did, as they would in a year.
    private async Task AfterTheRunAsync(DateOnly day)
    {
        var sdc = _world.Get<ReviewBodies>().Get("sdc");
        if (day == new DateOnly(2026, 3, 18))
        {
            await RecordAsync(sdc, day, $"risk,decision,note,action,owner,due\n7.2,treat,ILLUSTRATIVE: statutes lag the law,{DecisionAction},legal-office,01.05.2026\n4.1,accept,,,,\n");
        }
        else if (day == new DateOnly(2026, 5, 1) || day == new DateOnly(2026, 5, 2))
        {
            var evaluation = await _world.Get<IRiskEvaluator>().EvaluateAsync(day, CancellationToken.None);
            AroundDue = day.Day == 1 ? (evaluation, evaluation) : (AroundDue.Before, evaluation);
        }
        else if (day == new DateOnly(2026, 6, 18))
        {
            await RecordAsync(sdc, day, $"риск;решение;примечание;мероприятие;ответственный;срок\n4.1;снижать;ИЛЛЮСТРАЦИЯ;{JuneAction};admin-economic-office;01.08.2026\n7.2;принять;;;;\n");
        }
        else if (day == new DateOnly(2026, 7, 15))
        {
            var store = _world.Get<IMitigationActionStore>();
            var actions = await store.GetAllAsync();
            await store.ReplaceAllAsync([.. actions.Select(a => a.Text == JuneAction ? a with { Status = "done", DoneOn = day } : a)]);
        }
    }

    private async Task RecordAsync(ReviewBody body, DateOnly day, string csv)
    {
        var path = Path.Combine(Path.GetTempPath(), $"decisions-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, csv);
        try
        {
            await _world.Get<ReviewRecorder>().RecordAsync(body, day, null, path, null, ShippedRegister.Value.Words.For("en"), CancellationToken.None);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

/// <summary>The simulated year on a SQLite file.</summary>
public sealed class SqliteReviewYear() : ReviewYearFixture(TestStore.Sqlite);

/// <summary>The simulated year on a PostgreSQL database.</summary>
public sealed class PostgresReviewYear() : ReviewYearFixture(TestStore.Postgres);
