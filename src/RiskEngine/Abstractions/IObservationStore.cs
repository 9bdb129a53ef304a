namespace RiskEngine;

/// <summary>Adds and reads indicator observations.</summary>
public interface IObservationStore
{
    /// <summary>Every stored observation.</summary>
    Task<IReadOnlyList<Observation>> GetAllAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Validates the whole batch first and writes it in one transaction, or nothing: throws
    /// <see cref="ObservationValidationException"/> listing every problem by position in the batch.
    /// </summary>
    /// <param name="observations">The batch.</param>
    /// <param name="replace">Overwrite stored values for the same indicator, period and scope; without it such a conflict is an error.</param>
    /// <param name="cancellationToken">Cancels before the commit.</param>
    Task<ObservationWriteResult> AddAsync(IReadOnlyList<Observation> observations, bool replace, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs every check of <see cref="AddAsync"/>, conflicts with stored values included, and returns what it would
    /// write, but writes nothing (a dry run). Throws <see cref="ObservationValidationException"/> like <see cref="AddAsync"/>.
    /// </summary>
    Task<ObservationWriteResult> CheckAsync(IReadOnlyList<Observation> observations, bool replace, CancellationToken cancellationToken = default);

    /// <summary>True when the stored data set is the illustrative demo, not real figures.</summary>
    Task<bool> IsIllustrativeAsync(CancellationToken cancellationToken = default);

    /// <summary>Labels the stored data set as illustrative (the demo) or real.</summary>
    Task SetIllustrativeAsync(bool illustrative, CancellationToken cancellationToken = default);
}
