using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RiskEngine;

namespace RiskWorker.Rendering;

/// <summary>
/// The one place Razor components become HTML outside ASP.NET (mails and the Council pack), with
/// <see cref="HtmlRenderer"/>. Every <c>@value</c> is HTML-encoded; the encoder allows all Unicode ranges so Kyrgyz and
/// Russian are written as letters instead of <c>&amp;#x422;</c> entities.
/// </summary>
internal sealed class RazorHtml : IDisposable, IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly HtmlRenderer _renderer;

    /// <param name="loggerFactory">Logging of the renderer.</param>
    /// <param name="register">The register, for components that say what it says (a mail's footer); none for the pack, which carries it.</param>
    public RazorHtml(ILoggerFactory loggerFactory, IRiskRegister? register = null)
    {
        var services = new ServiceCollection().AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        if (register is not null) services.AddSingleton(register);
        _services = services.BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, loggerFactory);
    }

    /// <summary>Renders <typeparamref name="TComponent"/> with its one parameter set to <paramref name="model"/>.</summary>
    public Task<string> RenderAsync<TComponent>(string parameterName, object model) where TComponent : IComponent =>
        _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [parameterName] = model });
            var output = await _renderer.RenderComponentAsync<TComponent>(parameters).ConfigureAwait(false);
            return output.ToHtmlString();
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
