namespace RiskWorker.Tests.Support;

/// <summary>Locates the repository's folders from the test binaries.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Rules => Path.Combine(Root, "rules");

    public static string Sample(string name) => Path.Combine(Root, "samples", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RiskEngine.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("RiskEngine.sln not found above " + AppContext.BaseDirectory);
    }
}
