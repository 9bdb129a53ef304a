namespace RiskWorker.Tests.Support;

/// <summary>Settings written as environment variables for a worker process (<c>Smtp__Host</c>), read in-process as configuration keys (<c>Smtp:Host</c>).</summary>
internal static class EnvironmentSettings
{
    public static IEnumerable<KeyValuePair<string, string?>> AsConfiguration(IEnumerable<KeyValuePair<string, string>> environment) =>
        environment.Select(kv => new KeyValuePair<string, string?>(kv.Key.Replace("__", ":", StringComparison.Ordinal), kv.Value));
}
