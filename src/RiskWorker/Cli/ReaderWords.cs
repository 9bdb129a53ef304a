using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RiskEngine;

namespace RiskWorker.Cli;

/// <summary>
/// The words the options validators write their failures in: the reader's language. They run while the services are
/// built, before a verb has its words, so the composition says how to get them (the command line: <see cref="RegisterWords"/>,
/// <c>--lang</c> else the register's default); any other host gets the shipped English words. Loaded only when a
/// validator has something to say.
/// </summary>
internal sealed class ReaderWords(Func<Words> load)
{
    private static readonly Lazy<Words> s_english = new(() => EngineWords.Shipped([typeof(ReaderWords).Assembly]).For("en"));
    private readonly Lazy<Words> _words = new(load);

    public Words Words => _words.Value;

    /// <summary>Success, or the failures rendered in the reader's language.</summary>
    public ValidateOptionsResult Result(IReadOnlyCollection<CliLine> failures) =>
        failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures.Select(f => f.In(Words)));

    /// <summary>The words the engine and the worker ship, in English: for other hosts, and for what is stored or logged.</summary>
    public static Words ShippedEnglish => s_english.Value;

    /// <summary>A reader of the shipped English words.</summary>
    public static ReaderWords English() => new(() => ShippedEnglish);

    /// <summary>The reader's words of a verb: <c>--lang</c> when the register offers it, else its default.</summary>
    public static ReaderWords For(System.CommandLine.ParseResult parse) => new(() => RegisterWords.ForAsync(parse).GetAwaiter().GetResult());

    public static void TryAdd(IServiceCollection services) => services.TryAddSingleton(_ => English());
}
