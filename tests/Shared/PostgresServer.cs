using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace RiskEngine.Testing;

/// <summary>
/// A private PostgreSQL for one test run: Debian's server binaries, a fresh cluster in a temporary folder owned by the
/// <c>postgres</c> account (initdb and pg_ctl refuse root), UTF-8 with the C.UTF-8 locale, trust authentication on
/// 127.0.0.1 only, a free port, fsync off (test data need not survive a power cut). Started on first use, once per
/// test process, stopped when the process exits. <c>RISKENGINE_TEST_POSTGRES</c> (a connection string of an account
/// that may create databases) uses a server of your own instead.
/// </summary>
internal sealed class PostgresServer
{
    private static readonly Lazy<PostgresServer> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string? _dataDirectory;
    private readonly string? _bin;

    private PostgresServer(string adminConnectionString, string? dataDirectory, string? bin)
    {
        AdminConnectionString = adminConnectionString;
        _dataDirectory = dataDirectory;
        _bin = bin;
    }

    public static PostgresServer Instance => Shared.Value;

    public string AdminConnectionString { get; }

    /// <summary>A new empty database on the server; its connection string.</summary>
    public string CreateDatabase()
    {
        var name = "t_" + Guid.NewGuid().ToString("N");
        using var admin = new NpgsqlConnection(AdminConnectionString);
        admin.Open();
        using (var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin)) create.ExecuteNonQuery();
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabase"/>, closing what is still connected to it.</summary>
    public void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        using var admin = new NpgsqlConnection(AdminConnectionString);
        admin.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
        drop.ExecuteNonQuery();
    }

    private static PostgresServer Start()
    {
        if (Environment.GetEnvironmentVariable("RISKENGINE_TEST_POSTGRES") is { Length: > 0 } own) return new PostgresServer(own, null, null);
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        if (bin is null) throw new InvalidOperationException("PostgreSQL server binaries not found under /usr/lib/postgresql: install Debian's postgresql (scripts/test.sh does).");

        RemoveStopped();
        var root = Path.Combine(Path.GetTempPath(), "riskengine-pg-" + Guid.NewGuid().ToString("N")[..12]);
        var data = Path.Combine(root, "data");
        Directory.CreateDirectory(Path.Combine(root, "sock"));
        Run("chown", "-R", "postgres:postgres", root);
        Run("runuser", "-u", "postgres", "--", Path.Combine(bin, "initdb"), "-D", data, "-E", "UTF8", "--locale=C.UTF-8", "--auth=trust", "-U", "postgres");
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            File.AppendAllText(Path.Combine(data, "postgresql.conf"),
                $"\nlisten_addresses = '127.0.0.1'\nport = {port}\nunix_socket_directories = '{Path.Combine(root, "sock")}'\nfsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 300\n");
            try
            {
                Run("runuser", "-u", "postgres", "--", Path.Combine(bin, "pg_ctl"), "-D", data, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60", "start");
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                continue; // the port was taken between finding it and binding it
            }

            var server = new PostgresServer($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=200", data, bin);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop(root);
            return server;
        }
    }

    private void Stop(string root)
    {
        try
        {
            NpgsqlConnection.ClearAllPools();
            Run("runuser", "-u", "postgres", "--", Path.Combine(_bin!, "pg_ctl"), "-D", _dataDirectory!, "-m", "immediate", "-w", "stop");
            Directory.Delete(root, recursive: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"private PostgreSQL in {root} not stopped cleanly: {ex.Message}");
        }
    }

    // A run whose process was cut short at exit stopped its server but could leave the folder: remove such folders
    // when the next run starts — no postmaster.pid (no server uses them) and older than ten minutes (not one that a
    // test process running beside this one is still setting up).
    private static void RemoveStopped()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), "riskengine-pg-*"))
        {
            if (File.Exists(Path.Combine(folder, "data", "postmaster.pid")) || Directory.GetLastWriteTimeUtc(folder) > TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(-10)) continue;
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static void Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/tmp" };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {stdout.Result}{stderr.Result}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
