using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace RiskWorker.Tests.Support;

/// <summary>
/// A real SMTP server for a test: Debian's aiosmtpd on a free 127.0.0.1 port, writing what it accepts to a Maildir
/// that the test reads back with MimeKit. Stock <c>aiosmtpd.handlers.Mailbox</c>, or the scripted
/// <c>smtp_handler.py</c> when given a <see cref="SmtpServerBehaviour"/> (451s, 550s, cut lines, a stall, a journal).
/// Python: <c>RISKENGINE_SMTP_PYTHON</c>, else <c>/usr/bin/python3</c> (the one Debian's python3-aiosmtpd is installed for).
/// </summary>
internal sealed class SmtpServer : IAsyncDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly StringBuilder _output = new();
    private Process? _process;

    public string Host => "127.0.0.1";

    public int Port { get; private set; }

    /// <summary>One line per RCPT decision of the scripted server ("451 a@x", "250 a@x", "550 b@x", "drop a@x", "hang c@x").</summary>
    public IReadOnlyList<string> Journal => JournalLines().Where(l => !l.StartsWith("session ", StringComparison.Ordinal)).ToList();

    /// <summary>How many connections the scripted server saw reach RCPT.</summary>
    public int Sessions => JournalLines().Count(l => l.StartsWith("session ", StringComparison.Ordinal));

    /// <summary>The Maildir aiosmtpd creates (it must not exist beforehand, or Python's mailbox will not create new/ cur/ tmp/).</summary>
    public string Maildir => _dir.File("maildir");

    /// <summary>Environment for a RiskWorker process that should send here (plain SMTP, no login).</summary>
    public Dictionary<string, string> Environment => new()
    {
        ["Smtp__Host"] = Host,
        ["Smtp__Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp__Security"] = "None",
        ["Smtp__From"] = "RiskEngine <riskengine@oshtu.example.org>",
        ["Smtp__RetryDelaySeconds"] = "0.05",
    };

    /// <summary>Starts aiosmtpd: the stock Mailbox handler when <paramref name="behaviour"/> is null, else the scripted one.</summary>
    /// <param name="behaviour">The scripted misbehaviour, or null for the stock handler.</param>
    /// <param name="tls">A certificate to offer STARTTLS with (aiosmtpd then requires TLS before MAIL), or null for plain SMTP.</param>
    public static async Task<SmtpServer> StartAsync(SmtpServerBehaviour? behaviour = null, TestCertificates? tls = null)
    {
        var server = new SmtpServer();
        try
        {
            // A free port found by binding port 0 can be taken before the server binds it: try again with another.
            for (var attempt = 1; ; attempt++)
            {
                server.Port = FreePort();
                server._process?.Dispose();
                server._process = Process.Start(server.StartInfo(behaviour, tls))!;
                server._process.OutputDataReceived += (_, e) => server.Append(e.Data);
                server._process.ErrorDataReceived += (_, e) => server.Append(e.Data);
                server._process.BeginOutputReadLine();
                server._process.BeginErrorReadLine();
                if (await server.WaitUntilListeningAsync()) return server;
                if (attempt == 3) throw new InvalidOperationException($"aiosmtpd did not start on 127.0.0.1:{server.Port}:\n{server.Output}");
            }
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>Every message the server accepted, parsed, in arrival order.</summary>
    public IReadOnlyList<MimeMessage> Messages() =>
        new[] { "new", "cur" }.Select(d => Path.Combine(Maildir, d)).Where(Directory.Exists)
            .SelectMany(Directory.GetFiles)
            .OrderBy(f => File.GetLastWriteTimeUtc(f)).ThenBy(Path.GetFileName, StringComparer.Ordinal)
            .Select(f => MimeMessage.Load(f))
            .ToList();

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _dir.Dispose();
    }

    private string[] JournalLines() => File.Exists(_dir.File("journal.log")) ? File.ReadAllLines(_dir.File("journal.log")) : [];

    private ProcessStartInfo StartInfo(SmtpServerBehaviour? behaviour, TestCertificates? tls)
    {
        var python = System.Environment.GetEnvironmentVariable("RISKENGINE_SMTP_PYTHON") is { Length: > 0 } p ? p : "/usr/bin/python3";
        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-m", "aiosmtpd", "-n", "-l", $"{Host}:{Port}" }) start.ArgumentList.Add(a);
        if (tls is not null) foreach (var a in new[] { "--tlscert", tls.ServerCertificateFile, "--tlskey", tls.ServerKeyFile }) start.ArgumentList.Add(a);
        start.ArgumentList.Add("-c");
        if (behaviour is null)
        {
            start.ArgumentList.Add("aiosmtpd.handlers.Mailbox");
            start.ArgumentList.Add(Maildir);
            return start;
        }

        start.Environment["PYTHONPATH"] = Path.Combine(AppContext.BaseDirectory, "Support");
        foreach (var a in new[] { "smtp_handler.ScriptedMailbox", Maildir, "journal=" + _dir.File("journal.log") }) start.ArgumentList.Add(a);
        foreach (var (address, count) in behaviour.DeferFirst ?? new Dictionary<string, int>()) start.ArgumentList.Add($"defer={address}={count}");
        foreach (var (address, count) in behaviour.DropFirst ?? new Dictionary<string, int>()) start.ArgumentList.Add($"drop={address}={count}");
        if (behaviour.RejectPattern is { } reject) start.ArgumentList.Add("reject=" + reject);
        if (behaviour.HangOn is { } hang) start.ArgumentList.Add("hang=" + hang);
        return start;
    }

    private async Task<bool> WaitUntilListeningAsync()
    {
        for (var i = 0; i < 300 && !_process!.HasExited; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return true;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        if (!_process!.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        return false;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
