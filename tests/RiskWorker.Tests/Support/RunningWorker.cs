using System.Diagnostics;

namespace RiskWorker.Tests.Support;

/// <summary>A RiskWorker process left running so a test can kill it mid-work (a crash, not a shutdown). Killed on dispose.</summary>
internal sealed class RunningWorker : IAsyncDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _output = new();

    private RunningWorker(Process process) => _process = process;

    public static RunningWorker Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        StartProgram("dotnet", [Path.Combine(AppContext.BaseDirectory, "RiskWorker.dll"), .. args], workingDirectory,
            new Dictionary<string, string>(environment) { ["DOTNET_ENVIRONMENT"] = environment.GetValueOrDefault("DOTNET_ENVIRONMENT", "Test") });

    /// <summary>Starts any command line, e.g. a published worker as a service unit's <c>ExecStart</c> names it.</summary>
    public static RunningWorker StartProgram(string fileName, IEnumerable<string> args, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(fileName) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (k, v) in environment) start.Environment[k] = v;
        var process = Process.Start(start)!;
        var worker = new RunningWorker(process);
        // Drain the pipes so a chatty process never blocks on a full buffer, keeping what it said.
        process.OutputDataReceived += (_, e) => worker.Append(e.Data);
        process.ErrorDataReceived += (_, e) => worker.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>Everything the process wrote so far, stdout and stderr interleaved.</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>Waits until the process has written <paramref name="text"/>; false if it exits or the time runs out first.</summary>
    public async Task<bool> WaitForOutputAsync(string text, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited || timeout.IsCancellationRequested) return Output.Contains(text, StringComparison.Ordinal);
            await Task.Delay(100, CancellationToken.None);
        }

        return true;
    }

    /// <summary>Waits for a process that ends by itself (a verb); returns the exit code.</summary>
    public async Task<int> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    /// <summary>SIGTERM, as systemd stops a service; returns the exit code.</summary>
    public async Task<int> TerminateAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
        await _process.WaitForExitAsync();
        return _process.ExitCode;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
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
