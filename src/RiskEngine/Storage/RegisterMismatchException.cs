namespace RiskEngine;

/// <summary>
/// Thrown when a database recorded for one register is opened with another: an evaluation of one university's risks
/// must never land in another's history. A new version of the same register (same id) is not a mismatch.
/// </summary>
public sealed class RegisterMismatchException : Exception
{
    private readonly EngineMessage _problem;

    /// <summary>Creates the exception naming both registers; its message is English.</summary>
    /// <param name="databaseRegister">The register id the database recorded on first use.</param>
    /// <param name="rulesRegister">The register id of the loaded rules directory.</param>
    /// <param name="database">Where the database is (its file), for the message.</param>
    public RegisterMismatchException(string databaseRegister, string rulesRegister, string database)
        : this(databaseRegister, rulesRegister, EngineMessage.Of("error.store.register-mismatch",
            ("database", database), ("databaseRegister", databaseRegister), ("rulesRegister", rulesRegister)))
    {
    }

    private RegisterMismatchException(string databaseRegister, string rulesRegister, EngineMessage problem)
        : base(problem.ToString()) => (DatabaseRegister, RulesRegister, _problem) = (databaseRegister, rulesRegister, problem);

    /// <summary>The register id the database recorded on first use.</summary>
    public string DatabaseRegister { get; }

    /// <summary>The register id of the loaded rules directory.</summary>
    public string RulesRegister { get; }

    /// <summary>The message in the language of <paramref name="words"/>.</summary>
    public string Describe(Words words) => _problem.Render(words);
}
