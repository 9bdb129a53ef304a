using System.Diagnostics;

namespace RiskWorker.Tests.Support;

/// <summary>
/// Makes a file read-only in a way that holds for root too: root ignores permission bits, so a privileged test run
/// sets the immutable attribute (<c>chattr +i</c>) and clears it on dispose; an unprivileged one drops the write bits.
/// Checked: if the file can still be opened for writing, the constructor throws rather than let a test pass untested.
/// </summary>
internal sealed class ReadOnlyFile : IDisposable
{
    private readonly string _path;
    private readonly bool _immutable;

    public ReadOnlyFile(string path)
    {
        _path = path;
        _immutable = Environment.IsPrivilegedProcess;
        if (_immutable) Chattr("+i");
        else if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        try
        {
            using var write = new FileStream(path, FileMode.Open, FileAccess.Write);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            return;
        }

        Dispose();
        throw new InvalidOperationException($"{path} is still writable after making it read-only");
    }

    public void Dispose()
    {
        if (_immutable) Chattr("-i");
        else if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(_path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    private void Chattr(string flag)
    {
        using var chattr = Process.Start(new ProcessStartInfo("chattr", [flag, _path]) { RedirectStandardError = true })!;
        var error = chattr.StandardError.ReadToEnd();
        chattr.WaitForExit();
        if (chattr.ExitCode != 0) throw new InvalidOperationException($"chattr {flag} {_path}: {error}");
    }
}
