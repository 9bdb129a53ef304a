using System.Text.Json;
using System.Text.Json.Serialization;

namespace RiskEngine.Storage;

/// <summary>How an assessment is kept in the <c>detail</c> column: the whole record, enums as text.</summary>
internal static class AssessmentJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Write(RiskAssessment assessment) => JsonSerializer.Serialize(assessment, Options);

    public static RiskAssessment Read(string json) => JsonSerializer.Deserialize<RiskAssessment>(json, Options)
        ?? throw new InvalidDataException("An empty assessment was stored.");
}
