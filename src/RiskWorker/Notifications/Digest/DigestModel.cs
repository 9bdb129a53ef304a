using RiskEngine;
using RiskWorker.Notifications.Routing;

namespace RiskWorker.Notifications.Digest;

/// <summary>Everything one person's weekly digest says, with register texts already in their language.</summary>
/// <param name="Words">The fixed words in the reader's language (the register's, resolved from theirs).</param>
/// <param name="Week">ISO week, e.g. <c>2026-W48</c>.</param>
/// <param name="ReferenceAsOf">Date of the evaluation movement is measured against; null when there is none.</param>
/// <param name="FallbackNotes">Why items of roles nobody holds came to this person; empty for an ordinary owner.</param>
public sealed record DigestModel(
    Recipient To,
    Words Words,
    string Week,
    DateOnly AsOf,
    DateOnly? ReferenceAsOf,
    bool Illustrative,
    IReadOnlyList<DigestRisk> Risks,
    IReadOnlyList<DigestIndicator> Indicators,
    IReadOnlyList<DigestAction> DueSoon,
    IReadOnlyList<DigestAction> Overdue,
    int HorizonDays,
    IReadOnlyList<string> FallbackNotes);
