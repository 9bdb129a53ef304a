using RiskEngine;
using RiskWorker.Notifications.Routing;

namespace RiskWorker.Notifications.Digest;

/// <summary>What the digest of one week is made from; read once per run, shared by every person's digest.</summary>
/// <param name="Current">The latest stored evaluation.</param>
/// <param name="Reference">The evaluation about a week before it (or the previous one); null when there is none.</param>
/// <param name="LatestObservations">Per indicator, the most recent reported value in any scope.</param>
/// <param name="Today">The day the digest is composed, in the register's time zone.</param>
/// <param name="Decisions">Each risk's latest decision by a review body, by risk code.</param>
/// <param name="BodyName">A review body's name from its id and a language.</param>
internal sealed record DigestInputs(
    Evaluation Current,
    Evaluation? Reference,
    IRiskRegister Register,
    OwnerRouting Routing,
    IReadOnlyList<MitigationAction> Actions,
    IReadOnlyDictionary<string, Observation> LatestObservations,
    DateOnly Today,
    int HorizonDays,
    IReadOnlyDictionary<string, RecordedDecision> Decisions,
    Func<string, string, string> BodyName);
