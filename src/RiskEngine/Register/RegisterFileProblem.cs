namespace RiskEngine.Register;

/// <summary>
/// Says why a path of the rules directory cannot be read as the file or folder the loader expects, so that a broken link
/// or a folder in a file's place is refused as one line instead of escaping as an IOException with a stack trace.
/// </summary>
internal static class RegisterFileProblem
{
    /// <summary>Why <paramref name="path"/> cannot be read as a file, or null when it can.</summary>
    public static EngineMessage? OfFile(string path)
    {
        if (OfLink(path) is { } link) return link;
        if (Directory.Exists(path)) return EngineMessage.Of("error.register.file.folder");
        if (!File.Exists(path)) return EngineMessage.Of("error.register.file.missing");
        // A FIFO or a device also shows 0 bytes, and opening it would block the load for good: refused without opening.
        if (new FileInfo(path).Length == 0) return EngineMessage.Of("error.register.file.empty");
        try
        {
            // Opening is what fails for a file the process may not read; the content is read (and checked) later.
            using var stream = File.OpenRead(path);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return EngineMessage.Of("error.register.file.unreadable", ("error", ex.Message));
        }
    }

    /// <summary>Why <paramref name="path"/> cannot be listed as a folder, or null when it can.</summary>
    public static EngineMessage? OfFolder(string path) =>
        OfLink(path) ?? (Directory.Exists(path) ? null : File.Exists(path) ? EngineMessage.Of("error.register.folder.file") : EngineMessage.Of("error.register.folder.missing"));

    /// <summary>A read through <paramref name="path"/> that failed all the same (the file changed since it was checked).</summary>
    public static EngineMessage OfFailedRead(string path, Exception ex) => OfFile(path) ?? EngineMessage.Of("error.register.file.unreadable", ("error", ex.Message));

    // The operating system gives up on a loop (ELOOP) and reports a dangling link as a missing file; both are named here.
    private static EngineMessage? OfLink(string path)
    {
        if (new FileInfo(path).LinkTarget is null) return null;
        try
        {
            var target = File.ResolveLinkTarget(path, returnFinalTarget: true);
            return target is null || Path.Exists(target.FullName) ? null : EngineMessage.Of("error.register.file.dangling-link", ("target", target.FullName));
        }
        catch (IOException)
        {
            return EngineMessage.Of("error.register.file.link-loop");
        }
    }
}
