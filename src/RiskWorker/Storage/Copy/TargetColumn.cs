using System.Globalization;
using RiskEngine.Storage;

namespace RiskWorker.Storage.Copy;

/// <summary>
/// A column of the PostgreSQL target, and how a value SQLite kept for it becomes that column's type: SQLite keeps
/// dates and instants as text, booleans as integers (<see cref="StoreValues"/>), so the target's declared type decides.
/// </summary>
internal sealed record TargetColumn(string Name, string DataType)
{
    /// <summary>The value as the target column takes it; null for SQL NULL. Throws <see cref="FormatException"/> or <see cref="InvalidDataException"/> for a value the column cannot hold.</summary>
    public object? Convert(object value) => value is DBNull ? null : DataType switch
    {
        "bigint" => System.Convert.ToInt64(value, CultureInfo.InvariantCulture),
        "integer" => System.Convert.ToInt32(value, CultureInfo.InvariantCulture),
        "smallint" => System.Convert.ToInt16(value, CultureInfo.InvariantCulture),
        "double precision" => System.Convert.ToDouble(value, CultureInfo.InvariantCulture),
        "boolean" => value is string s ? bool.Parse(s) : System.Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0,
        "text" => value is string or long or double ? System.Convert.ToString(value, CultureInfo.InvariantCulture) : throw new InvalidDataException($"{value.GetType().Name} is not text"),
        "date" => StoreValues.ReadDay(value),
        "timestamp with time zone" => StoreValues.ReadInstant(value).ToUniversalTime(),
        "bytea" => value as byte[] ?? throw new InvalidDataException($"{value.GetType().Name} is not bytes"),
        _ => throw new InvalidDataException($"the column type {DataType} is not one the copy knows"),
    };
}
