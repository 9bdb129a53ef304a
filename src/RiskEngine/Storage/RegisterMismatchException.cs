namespace RiskEngine;

/// <summary>
/// Thrown when a database recorded for one register is opened with another: an evaluation of one university's risks
/// must never land in another's history. A new version of the same register (same id) is not a mismatch.
/// </summary>
public sealed class RegisterMismatchException : Exception
{
    /// <summary>Creates the exception naming both registers.</summary>
    /// <param name="databaseRegister">The register id the database recorded on first use.</param>
    /// <param name="rulesRegister">The register id of the loaded rules directory.</param>
    /// <param name="database">Where the database is (its file), for the message.</param>
    public RegisterMismatchException(string databaseRegister, string rulesRegister, string database)
        : base($"The database {database} belongs to register '{databaseRegister}', but the rules directory is register '{rulesRegister}': use that register's rules or another database.")
        => (DatabaseRegister, RulesRegister) = (databaseRegister, rulesRegister);

    /// <summary>The register id the database recorded on first use.</summary>
    public string DatabaseRegister { get; }

    /// <summary>The register id of the loaded rules directory.</summary>
    public string RulesRegister { get; }
}
