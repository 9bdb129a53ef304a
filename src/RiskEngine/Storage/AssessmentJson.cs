using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RiskEngine.Storage;

/// <summary>
/// How an assessment is kept in the <c>detail</c> column: the whole record, enums as text. Kyrgyz and Russian are
/// written as themselves, not as <c>\uXXXX</c> escapes: escaped, a large register's evaluation wrote three times the
/// bytes (the column is never embedded in HTML, so the default encoder's HTML-safe escaping buys nothing here).
/// Assessments stored escaped, as before, read the same.
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

    public static string Write(RiskAssessment assessment) => JsonSerializer.Serialize(assessment, Options);

    public static RiskAssessment Read(string json) => JsonSerializer.Deserialize<RiskAssessment>(json, Options)
        ?? throw new InvalidDataException("An empty assessment was stored.");
}
