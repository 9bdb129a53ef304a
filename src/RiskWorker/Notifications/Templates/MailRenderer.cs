using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RiskWorker.Notifications.Templates;

/// <summary>
/// Renders a mail's Razor component outside ASP.NET with <see cref="HtmlRenderer"/>. Every <c>@value</c> is
/// HTML-encoded; the encoder allows all Unicode ranges so Kyrgyz and Russian stay readable instead of
/// <c>&amp;#x422;</c> entities. The plain-text part is converted from the same HTML, so both say the same.
/// </summary>
internal sealed class MailRenderer : IDisposable, IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly HtmlRenderer _renderer;

    public MailRenderer(ILoggerFactory loggerFactory)
    {
        _services = new ServiceCollection().AddSingleton(HtmlEncoder.Create(UnicodeRanges.All)).BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, loggerFactory);
    }

    public Task<RenderedMail> RenderAsync<TComponent>(string parameterName, object model) where TComponent : IComponent =>
        _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [parameterName] = model });
            var output = await _renderer.RenderComponentAsync<TComponent>(parameters).ConfigureAwait(false);
            var html = "<!DOCTYPE html>\n" + output.ToHtmlString();
            return new RenderedMail(html, HtmlText.Convert(html));
        });

    // Both forms, because the command line disposes its container synchronously.
    public void Dispose()
    {
        _renderer.Dispose();
        _services.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync().ConfigureAwait(false);
        await _services.DisposeAsync().ConfigureAwait(false);
    }
}
