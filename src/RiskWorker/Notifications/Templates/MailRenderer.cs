using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Logging;
using RiskEngine;
using RiskWorker.Rendering;

namespace RiskWorker.Notifications.Templates;

/// <summary>Renders a mail's Razor component; the plain-text part is converted from the same HTML, so both say the same.</summary>
internal sealed class MailRenderer(ILoggerFactory loggerFactory, IRiskRegister register) : IDisposable, IAsyncDisposable
{
    private readonly RazorHtml _html = new(loggerFactory, register);

    public async Task<RenderedMail> RenderAsync<TComponent>(string parameterName, object model) where TComponent : IComponent
    {
        var html = "<!DOCTYPE html>\n" + await _html.RenderAsync<TComponent>(parameterName, model).ConfigureAwait(false);
        return new RenderedMail(html, HtmlText.Convert(html));
    }

    public void Dispose() => _html.Dispose();

    public ValueTask DisposeAsync() => _html.DisposeAsync();
}
