using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace RiskWorker;

/// <summary>
/// Binds a configuration section strictly. The binder on its own drops a value it cannot convert
/// (<c>IndicatorTargets:X:2026 = abc</c>, <c>Smtp:Security = Tls</c>) and a misspelt key without a word, so a setting
/// would silently not apply; here either is a configuration error naming the key.
/// </summary>
internal static class StrictBinding
{
    /// <exception cref="OptionsValidationException">A value does not convert or a key is unknown; the message names it.</exception>
    public static void Bind<T>(IConfigurationSection section, T options)
        where T : class
    {
        try
        {
            section.Bind(options, b => b.ErrorOnUnknownConfiguration = true);
        }
        catch (InvalidOperationException ex)
        {
            var cause = ex;
            while (cause.InnerException is InvalidOperationException inner) cause = inner;
            throw new OptionsValidationException(section.Path, typeof(T), [cause.Message]);
        }
    }
}
