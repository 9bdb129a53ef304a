using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace RiskWorker.Reports.Council;

/// <summary>
/// Renders <see cref="CouncilDocument"/> to a string outside ASP.NET with <see cref="HtmlRenderer"/>. Every value is
/// HTML-encoded by Razor; the encoder allows all of Unicode so Kyrgyz text is written as letters, not <c>&amp;#x...;</c>.
/// </summary>
internal static class CouncilHtml
{
    public static async Task<string> RenderAsync(CouncilPack pack)
    {
        await using var services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
            .BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(CouncilDocument.Pack)] = pack });
            var output = await renderer.RenderComponentAsync<CouncilDocument>(parameters).ConfigureAwait(false);
            return output.ToHtmlString();
        }).ConfigureAwait(false);
    }
}
