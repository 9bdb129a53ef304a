using System.Diagnostics;

namespace RiskWorker.Tests.Support;

/// <summary>Runs the real RiskWorker executable (the build output next to the tests) as a user would.</summary>
internal static class WorkerProcess
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "RiskWorker.dll");

    public static async Task<WorkerResult> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_ENVIRONMENT"] = "Test";
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) start.Environment[k] = v;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"RiskWorker {string.Join(' ', args)} did not finish in 3 minutes");
        }

        return new WorkerResult(process.ExitCode, await stdout, await stderr);
    }

    public static Task<WorkerResult> RunAsync(string workingDirectory, params string[] args) => RunAsync(workingDirectory, null, args);
}

internal sealed record WorkerResult(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
