using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RiskEngine.Storage;

/// <summary>
/// How an assessment is kept in the <c>detail</c> column: the whole record, enums as text. Kyrgyz and Russian are
/// written as themselves, not as <c>\uXXXX</c> escapes: escaped, a large register's evaluation wrote three times the
/// bytes (the column is never embedded in HTML, so the default encoder's HTML-safe escaping buys nothing here).
/// Assessments stored escaped, as before, read the same. Written as UTF-8 bytes, which SQLite takes as text
/// (<see cref="AssessmentHistory"/>), so the column reads back as text, as it always did.
/// </summary>
internal static class AssessmentJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = AssessmentJsonContext.Default,
    };

    // UTF-8, as the serializer writes and SQLite keeps text: a string would be transcoded to UTF-16 and back again (a
    // large register's evaluation is ~100 MB of JSON). Through a stream, which the serializer fills in small chunks:
    // serializing to one buffer rents a pooled array of the whole size, which the pool may keep per thread.
    public static byte[] Write(RiskAssessment assessment)
    {
        using var json = new MemoryStream();
        JsonSerializer.Serialize(json, assessment, Options);
        return json.ToArray();
    }

    // The same JSON as a string, for a store that takes text as strings (PostgreSQL through Npgsql).
    public static string WriteText(RiskAssessment assessment)
    {
        using var json = new MemoryStream();
        JsonSerializer.Serialize(json, assessment, Options);
        return Encoding.UTF8.GetString(json.GetBuffer(), 0, (int)json.Length);
    }

    public static RiskAssessment Read(string json) => JsonSerializer.Deserialize<RiskAssessment>(json, Options)
        ?? throw new InvalidDataException("An empty assessment was stored.");
}
