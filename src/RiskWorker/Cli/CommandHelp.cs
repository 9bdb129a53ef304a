using System.CommandLine;
using System.Globalization;
using RiskEngine;

namespace RiskWorker.Cli;

/// <summary>
/// The command line's help is fixed words like any other output: every command, option and argument is described
/// from the word catalogue, in the reader's language. Keys: <c>help.command.&lt;path&gt;</c> (<c>root</c> for the
/// program), <c>help.option.[&lt;path&gt;.]&lt;name&gt;</c> and <c>help.argument.[&lt;path&gt;.]&lt;name&gt;</c>; the
/// most specific path wins, so an option shared by several verbs is worded once (<c>help.option.json</c>) and a verb
/// that means something else by it words it for itself (<c>help.option.report.as-of</c>).
/// </summary>
internal static class CommandHelp
{
    /// <summary>
    /// Describes the tree in the words of <see cref="RegisterWords"/>. Only help and parse errors print descriptions, so
    /// only they pay for loading the register's words.
    /// </summary>
    public static async Task DescribeAsync(Command root, ParseResult parse)
    {
        var words = await RegisterWords.ForAsync(parse).ConfigureAwait(false);
        Describe(root, words);
        // System.CommandLine writes its own headings ("Usage:", "Options:") in the UI culture where it has them.
        CultureInfo.CurrentUICulture = words.Culture;
    }

    /// <summary>Sets every description of the tree under <paramref name="root"/>; returns the nodes no word describes.</summary>
    public static IReadOnlyList<string> Describe(Command root, Words words)
    {
        var keys = words.Keys.ToHashSet(StringComparer.Ordinal);
        var undescribed = new List<string>();
        string? Word(string kind, IReadOnlyList<string> path, string name)
        {
            for (var depth = path.Count; depth >= 0; depth--)
            {
                var key = string.Join('.', ["help", kind, .. path.Take(depth), name]);
                if (keys.Contains(key)) return words[key];
            }

            undescribed.Add($"{kind} {string.Join(' ', path)} {name}".Replace("  ", " ", StringComparison.Ordinal));
            return null;
        }

        void Walk(Command command, IReadOnlyList<string> path)
        {
            var key = path.Count == 0 ? "help.command.root" : "help.command." + string.Join('.', path);
            if (keys.Contains(key)) command.Description = words[key];
            else undescribed.Add("command " + (path.Count == 0 ? "(root)" : string.Join(' ', path)));
            foreach (var option in command.Options) option.Description = Word("option", path, option.Name.TrimStart('-')) ?? option.Description;
            foreach (var argument in command.Arguments) argument.Description = Word("argument", path, argument.Name.ToLowerInvariant()) ?? argument.Description;
            foreach (var sub in command.Subcommands) Walk(sub, [.. path, sub.Name]);
        }

        Walk(root, []);
        return undescribed;
    }
}
