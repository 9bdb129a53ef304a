namespace RiskWorker.Notifications;

/// <summary>Configuration section <c>Notifications</c>. Validated at start: the host refuses to run (and a verb to send) without a usable fallback.</summary>
internal sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>
    /// Where mail for a role nobody holds goes: the strategic-planning office. Required, no default: a made-up address
    /// would swallow real mail. The shipped appsettings.json sets an illustrative example.org address for the demo.
    /// </summary>
    public string FallbackEmail { get; set; } = "";

    /// <summary>Display name of the fallback. Default: empty, meaning the strategic-planning office's name in the register.</summary>
    public string FallbackName { get; set; } = "";

    /// <summary>Mitigation actions due within this many days appear in the digest. Default: 14.</summary>
    public int ActionHorizonDays { get; set; } = 14;
}
