namespace RiskEngine;

/// <summary>A dated mitigation action an owner must carry out.</summary>
/// <param name="Risk">Risk code.</param>
/// <param name="Text">What is to be done.</param>
/// <param name="Owner">Office code responsible.</param>
/// <param name="Due">Due date, if any.</param>
/// <param name="Status"><c>planned</c>, <c>in-progress</c> or <c>done</c>.</param>
/// <param name="DoneOn">Date it was done.</param>
public sealed record MitigationAction(string Risk, string Text, string Owner, DateOnly? Due, string Status, DateOnly? DoneOn = null)
{
    /// <summary>Not done and past its due date on <paramref name="asOf"/>.</summary>
    public bool IsOverdue(DateOnly asOf) => Status != "done" && Due is { } d && d < asOf;

    /// <summary>Not done.</summary>
    public bool IsOpen => Status != "done";
}
