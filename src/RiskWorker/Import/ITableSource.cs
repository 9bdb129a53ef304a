using RiskEngine;

namespace RiskWorker.Import;

/// <summary>A CSV file or a workbook sheet read row by row, header first, blank rows skipped.</summary>
internal interface ITableSource : IDisposable
{
    /// <summary>The words of the reader's language, in which the source and every message about its rows speak.</summary>
    Words Words { get; }

    /// <summary>How much of the file has been read, 0–1, for the progress bar.</summary>
    double Progress { get; }

    /// <summary>Said once before the rows, e.g. which encoding and separator were detected.</summary>
    string Description { get; }

    IEnumerable<TableRow> Rows();

    /// <summary>The message for a required cell that holds nothing, e.g. "no value".</summary>
    /// <param name="what">What is missing: the end of an <c>import.missing.*</c> word.</param>
    string Missing(string what);

    /// <summary>Where a cell is, as a person finds it: file, line (or sheet and row) and column.</summary>
    /// <param name="columnName">The column as the message names it (see <see cref="ColumnMap.Header"/>).</param>
    string Locate(int row, int? column, string? columnName);
}
