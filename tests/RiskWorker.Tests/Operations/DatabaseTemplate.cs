using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine;
using RiskWorker.Hosting;
using RiskWorker.Mail;
using RiskWorker.Tests.Mail;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Operations;

/// <summary>
/// A worker database that every writing verb has something to write to: the demo evaluated, one mail pending. Built
/// once through the real host's services; each test takes a copy.
/// </summary>
public sealed class DatabaseTemplate : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _temp = new();

    public string File => _temp.File("template.db");

    /// <summary>A count indicator of the register, for an indicator file the import accepts.</summary>
    public string CountIndicator { get; private set; } = "";

    public string CopyTo(string path)
    {
        System.IO.File.Copy(File, path);
        return path;
    }

    public async Task InitializeAsync()
    {
        using (var host = WorkerHost.Build(new WorkerHostSettings(File, RepoPaths.Rules)))
        {
            await HostDemo.SeedAsync(host.Services);
            await host.Services.GetRequiredService<IOutbox>().EnqueueAsync(TestMail.Digest("template/pending", "pending@example.org"), CancellationToken.None);
            CountIndicator = host.Services.GetRequiredService<IRiskRegister>().Indicators.First(i => !i.IsPercent && i.IsNonNegative).Code;
        }

        // Closing the last connection folds the WAL into the file, so a copy of the file alone is the whole database.
        SqliteConnection.ClearAllPools();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _temp.Dispose();
}
