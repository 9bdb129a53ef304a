using System.Diagnostics;

namespace RiskWorker.Tests.Support;

/// <summary>A RiskWorker process left running so a test can kill it mid-work (a crash, not a shutdown). Killed on dispose.</summary>
internal sealed class RunningWorker : IAsyncDisposable
{
    private readonly Process _process;

    private RunningWorker(Process process) => _process = process;

    public static RunningWorker Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "RiskWorker.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_ENVIRONMENT"] = "Test";
        foreach (var (k, v) in environment) start.Environment[k] = v;
        var process = Process.Start(start)!;
        // Drain the pipes so a chatty process never blocks on a full buffer.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new RunningWorker(process);
    }

    public bool HasExited => _process.HasExited;

    /// <summary>SIGKILL: no shutdown code runs, as when the machine loses power or the OOM killer strikes.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }
}
