namespace RiskEngine;

/// <summary>One problem with one observation of a batch.</summary>
/// <param name="Index">Position in the batch, from 0.</param>
/// <param name="Field">Field at fault: <c>indicator</c>, <c>period</c>, <c>value</c> or <c>scope</c>.</param>
/// <param name="Message">What is wrong.</param>
public sealed record ObservationError(int Index, string Field, string Message);
