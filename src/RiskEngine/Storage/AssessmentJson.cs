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

    // UTF-8, as the serializer writes and both stores keep text: a string would be transcoded to UTF-16 and back again
    // (a large register's evaluation is ~100 MB of JSON).
    public static byte[] Write(RiskAssessment assessment) => JsonSerializer.SerializeToUtf8Bytes(assessment, Options);

    // The same JSON as a string, for a store that takes text as strings (PostgreSQL through Npgsql).
    public static string WriteText(RiskAssessment assessment) => JsonSerializer.Serialize(assessment, Options);

    public static RiskAssessment Read(string json) => JsonSerializer.Deserialize<RiskAssessment>(json, Options)
        ?? throw new InvalidDataException("An empty assessment was stored.");
}
