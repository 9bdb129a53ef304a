namespace RiskWorker.Import;

/// <summary>What an import says while it runs: a bar on a terminal, plain lines in a log.</summary>
internal interface IImportProgress
{
    void Line(string text);

    /// <summary>Called every few thousand rows with the share of the file read.</summary>
    void Rows(double fraction, int rows);
}
