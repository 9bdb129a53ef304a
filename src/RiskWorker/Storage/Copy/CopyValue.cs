using Npgsql;

namespace RiskWorker.Storage.Copy;

/// <summary>Writes one converted value into a binary COPY by its own type, so Npgsql picks the converter for the target column's type.</summary>
internal static class CopyValue
{
    public static Task WriteAsync(NpgsqlBinaryImporter copy, object value, string dataType, CancellationToken cancellationToken) => value switch
    {
        long v => copy.WriteAsync(v, dataType, cancellationToken),
        int v => copy.WriteAsync(v, dataType, cancellationToken),
        short v => copy.WriteAsync(v, dataType, cancellationToken),
        double v => copy.WriteAsync(v, dataType, cancellationToken),
        bool v => copy.WriteAsync(v, dataType, cancellationToken),
        string v => copy.WriteAsync(v, dataType, cancellationToken),
        DateOnly v => copy.WriteAsync(v, dataType, cancellationToken),
        DateTimeOffset v => copy.WriteAsync(v, dataType, cancellationToken),
        byte[] v => copy.WriteAsync(v, dataType, cancellationToken),
        _ => throw new InvalidOperationException($"A {value.GetType().Name} has no COPY writer."),
    };
}
