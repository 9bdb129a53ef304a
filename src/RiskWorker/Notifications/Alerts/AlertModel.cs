using RiskEngine;
using RiskWorker.Notifications.Routing;

namespace RiskWorker.Notifications.Alerts;

/// <summary>One alert mail: a risk's change for one recipient, register texts and fixed words in their language.</summary>
public sealed record AlertModel(Recipient To, Words Words, RiskChange Change, string Title, bool Illustrative, IReadOnlyList<ReasonLine> Reasons, IReadOnlyList<string> FallbackNotes);
