using System.Globalization;

namespace RiskEngine.Storage;

/// <summary>
/// Dates and instants as each store keeps them. SQLite: dates as <c>yyyy-MM-dd</c> text (Microsoft.Data.Sqlite writes a
/// <see cref="DateOnly"/> so), instants as UTC ISO 8601 text. PostgreSQL: <c>date</c> and <c>timestamptz</c>; Npgsql
/// refuses a <see cref="DateTimeOffset"/> with a non-zero offset (and closes the connection), so instants go in as UTC.
/// Reading takes whatever the provider returns.
/// </summary>
internal static class StoreValues
{
    public static object Instant(StoreProvider provider, DateTimeOffset value) => provider == StoreProvider.Postgres
        ? value.ToUniversalTime()
        : value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ReadInstant(object value) => value switch
    {
        DateTimeOffset d => d,
        DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
        string s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        _ => throw new InvalidDataException($"An instant was stored as {value.GetType().Name}."),
    };

    public static DateOnly ReadDay(object value) => value switch
    {
        DateOnly d => d,
        DateTime d => DateOnly.FromDateTime(d),
        string s => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new InvalidDataException($"A date was stored as {value.GetType().Name}."),
    };

    public static DateOnly? ReadOptionalDay(object? value) => value is null or DBNull ? null : ReadDay(value);

    public static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
