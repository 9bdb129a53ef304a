using System.Text.Json.Serialization;

namespace RiskEngine.Storage;

/// <summary>Compile-time serialization metadata for <see cref="AssessmentJson"/>: no reflection when an evaluation is written or read.</summary>
[JsonSerializable(typeof(RiskAssessment))]
internal sealed partial class AssessmentJsonContext : JsonSerializerContext;
