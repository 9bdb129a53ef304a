using Npgsql;

namespace RiskEngine.Storage;

/// <summary>
/// <c>postgresql://user:password@host:port/database?sslmode=require</c> (libpq's URI form) as an Npgsql connection
/// string: user, password and database are percent-decoded; query parameters become keywords (<c>sslmode</c> →
/// <c>SSL Mode</c>, others by their Npgsql name).
/// </summary>
internal static class PostgresUri
{
    public static NpgsqlConnectionStringBuilder ToConnectionString(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || string.IsNullOrEmpty(parsed.Host))
            throw new ArgumentException($"'{Redacted(uri)}' is not a PostgreSQL URI (postgresql://user:password@host:port/database).", nameof(uri));
        var builder = new NpgsqlConnectionStringBuilder { Host = parsed.Host.Trim('[', ']') };
        if (parsed.Port > 0) builder.Port = parsed.Port;
        var (user, _, password) = parsed.UserInfo.Partition(':');
        if (user.Length > 0) builder.Username = Uri.UnescapeDataString(user);
        if (password.Length > 0) builder.Password = Uri.UnescapeDataString(password);
        var database = Uri.UnescapeDataString(parsed.AbsolutePath.TrimStart('/'));
        if (database.Length > 0) builder.Database = database;
        foreach (var pair in parsed.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, _, value) = pair.Partition('=');
            key = Uri.UnescapeDataString(key);
            value = Uri.UnescapeDataString(value);
            try
            {
                builder[Keyword(key)] = value;
            }
            catch (ArgumentException)
            {
                throw new ArgumentException($"'{Redacted(uri)}': PostgreSQL URI parameter '{key}' is not known.", nameof(uri));
            }
        }

        return builder;
    }

    private static string Keyword(string key) => key.ToLowerInvariant() switch
    {
        "sslmode" => "SSL Mode",
        "connect_timeout" => "Timeout",
        "application_name" => "Application Name",
        "options" => "Options",
        _ => key,
    };

    private static string Redacted(string uri) => uri.Contains('@', StringComparison.Ordinal)
        ? uri[..(uri.IndexOf("://", StringComparison.Ordinal) + 3)] + "…@" + uri[(uri.LastIndexOf('@') + 1)..]
        : uri;

    private static (string Left, bool Found, string Right) Partition(this string text, char separator)
    {
        var at = text.IndexOf(separator, StringComparison.Ordinal);
        return at < 0 ? (text, false, "") : (text[..at], true, text[(at + 1)..]);
    }
}
