namespace RiskWorker.Tests.Operations;

/// <summary>The lines of a systemd unit that decide how the service starts: <c>WorkingDirectory</c>, <c>ExecStart</c>, <c>Environment</c>.</summary>
internal sealed record SystemdUnit(string WorkingDirectory, IReadOnlyList<string> ExecStart, IReadOnlyDictionary<string, string> Environment)
{
    public static SystemdUnit Read(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => !l.StartsWith('#')).ToList();
        string Value(string key) => lines.Single(l => l.StartsWith(key + "=", StringComparison.Ordinal))[(key.Length + 1)..];
        var environment = lines.Where(l => l.StartsWith("Environment=", StringComparison.Ordinal))
            .Select(l => l["Environment=".Length..].Split('=', 2))
            .ToDictionary(kv => kv[0], kv => kv[1]);
        return new SystemdUnit(Value("WorkingDirectory"), Value("ExecStart").Split(' ', StringSplitOptions.RemoveEmptyEntries), environment);
    }
}
