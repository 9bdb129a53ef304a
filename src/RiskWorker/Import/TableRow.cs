namespace RiskWorker.Import;

/// <summary>A row of a CSV file or a sheet.</summary>
/// <param name="Number">Line of the CSV file, or row of the sheet, from 1, as the person who made the file sees it.</param>
/// <param name="Cells">Its cells, left to right.</param>
internal sealed record TableRow(int Number, IReadOnlyList<Cell> Cells)
{
    public Cell this[int column] => column < Cells.Count ? Cells[column] : default;

    public bool IsBlank => Cells.All(c => c.IsEmpty);
}
