using System.Globalization;
using RiskEngine;

namespace RiskWorker.Import;

/// <summary>
/// On a terminal, a bar redrawn in place for files over 1 MB; when the output is redirected (a log, a pipe, a test),
/// a plain line every 250 000 rows, so a log shows progress without a line per redraw; its words in the reader's language.
/// </summary>
internal sealed class ConsoleProgress(TextWriter output, bool terminal, long fileBytes, Words words) : IImportProgress
{
    private const int Width = 30;
    private const int PlainEvery = 250_000;
    private readonly bool _bar = terminal && fileBytes > 1_000_000;
    private int _lastPlain;
    private bool _drawn;

    public static ConsoleProgress ForFile(string path, Words words) =>
        new(Console.Out, !Console.IsOutputRedirected, File.Exists(path) ? new FileInfo(path).Length : 0, words);

    public void Line(string text)
    {
        if (_drawn) { output.WriteLine(); _drawn = false; }
        output.WriteLine(text);
    }

    public void Rows(double fraction, int rows)
    {
        if (_bar)
        {
            var filled = (int)Math.Round(Math.Clamp(fraction, 0, 1) * Width);
            output.Write(string.Create(CultureInfo.InvariantCulture, $"\r[{new string('#', filled)}{new string('-', Width - filled)}] {fraction,4:P0} {words.Plural("import.progress.bar", rows),18}"));
            _drawn = true;
        }
        else if (rows / PlainEvery > _lastPlain)
        {
            _lastPlain = rows / PlainEvery;
            output.WriteLine(words.Plural("import.progress.read", rows));
        }
    }
}
