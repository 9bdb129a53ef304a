using System.Data.Common;

namespace RiskWorker.Cli;

/// <summary>
/// How a database is named to the operator: a file by its full path; a server connection (a connection string or a
/// <c>postgresql://</c> URI) by its host and database, never its password.
/// </summary>
internal static class DatabaseName
{
    private static readonly string[] SecretKeys = ["password", "pwd", "passfile", "sslpassword"];

    public static string Display(string database)
    {
        if (Uri.TryCreate(database, UriKind.Absolute, out var uri) && !uri.IsFile)
            return new UriBuilder(uri) { UserName = "", Password = "", Query = "" }.Uri.ToString();
        if (database.Contains('=', StringComparison.Ordinal) && !File.Exists(database)) return WithoutSecrets(database);
        return "'" + Path.GetFullPath(database) + "'";
    }

    private static string WithoutSecrets(string connectionString)
    {
        try
        {
            var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
            foreach (var key in builder.Keys.Cast<string>().Where(k => SecretKeys.Contains(k.ToLowerInvariant())).ToList()) builder.Remove(key);
            return "'" + builder.ConnectionString + "'";
        }
        catch (ArgumentException)
        {
            return "(the connection string in --db)";
        }
    }
}
