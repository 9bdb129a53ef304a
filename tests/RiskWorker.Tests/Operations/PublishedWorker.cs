using System.Diagnostics;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Operations;

/// <summary>
/// <c>dotnet publish src/RiskWorker</c> into <c>opt/riskengine</c> under a temporary root, as an install would. It
/// publishes the build the tests already made (<c>--no-build</c>, same configuration), so the suite never rebuilds the
/// worker under the other tests' feet; what lands in the folder is decided by the same publish targets either way.
/// </summary>
public sealed class PublishedWorker : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _root = new();

    /// <summary>The temporary root that stands for <c>/</c>.</summary>
    public string Root => _root.Path;

    public string ProgramFolder => Under("/opt/riskengine");

    /// <summary>A path of the real file system (<c>/opt/riskengine/…</c>) moved under <see cref="Root"/>.</summary>
    public string Under(string absolute) => Path.Combine(Root, absolute.TrimStart('/'));

    public async Task InitializeAsync()
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "publish", Path.Combine(RepoPaths.Root, "src", "RiskWorker"), "-c", configuration, "--no-build", "-o", ProgramFolder, "--nologo" })
            start.ArgumentList.Add(a);
        using var publish = Process.Start(start)!;
        var output = publish.StandardOutput.ReadToEndAsync();
        var error = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0) throw new InvalidOperationException($"dotnet publish failed:\n{await output}\n{await error}");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _root.Dispose();
}
