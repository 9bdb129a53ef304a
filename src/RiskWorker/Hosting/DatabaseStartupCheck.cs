using Microsoft.Extensions.Hosting;
using RiskWorker.Storage;

namespace RiskWorker.Hosting;

/// <summary>
/// Opens the database and writes to it once (see <see cref="WriteProbe"/>) before the scheduler starts, so a file that is not a database,
/// is read-only or held by another writer stops <c>run</c> at start with one line (see <see cref="Cli.DatabaseErrors"/>)
/// instead of failing the first evaluation at 06:00. The engine's side is opened first: a database that belongs to
/// another register stops the start the same way.
/// </summary>
internal sealed class DatabaseStartupCheck(RiskEngine.Storage.EngineDatabase engine, WorkerDatabase database) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await (await engine.OpenAsync(cancellationToken).ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await WriteProbe.RunAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
