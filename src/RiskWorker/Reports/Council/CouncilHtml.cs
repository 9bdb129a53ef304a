using Microsoft.Extensions.Logging.Abstractions;
using RiskWorker.Rendering;

namespace RiskWorker.Reports.Council;

/// <summary>Renders <see cref="CouncilDocument"/> to one HTML string.</summary>
internal static class CouncilHtml
{
    public static async Task<string> RenderAsync(CouncilPack pack)
    {
        await using var html = new RazorHtml(NullLoggerFactory.Instance);
        return await html.RenderAsync<CouncilDocument>(nameof(CouncilDocument.Pack), pack).ConfigureAwait(false);
    }
}
