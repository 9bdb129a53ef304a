namespace RiskWorker.Output;

/// <summary>
/// Plain-text tables for the terminal: each column as wide as its widest cell (header included), the last column left
/// to run free, since a title or a server's answer is as long as it is.
/// </summary>
internal static class TextColumns
{
    /// <summary>The widths of every column but the last.</summary>
    public static int[] Widths(IReadOnlyCollection<IReadOnlyList<string>> rows) =>
        Enumerable.Range(0, rows.Max(r => r.Count) - 1).Select(c => rows.Max(r => c < r.Count ? r[c].Length : 0)).ToArray();

    /// <summary>One row, columns separated by <paramref name="gap"/>; the column <paramref name="rightAligned"/> (a number) is padded on the left.</summary>
    public static string Line(IReadOnlyList<string> cells, int[] widths, string gap = " ", int rightAligned = -1) =>
        string.Join(gap, cells.Select((cell, i) => i >= widths.Length ? cell : i == rightAligned ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]))).TrimEnd();
}
