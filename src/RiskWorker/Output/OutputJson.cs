using System.Text.Encodings.Web;
using System.Text.Json;

namespace RiskWorker.Output;

/// <summary>JSON settings of everything the command line prints: camelCase, Cyrillic as is, indented.</summary>
internal static class OutputJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Printed to a terminal or a file, never embedded in HTML, so Kyrgyz stays readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };
}
