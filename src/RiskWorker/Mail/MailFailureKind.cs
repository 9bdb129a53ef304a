namespace RiskWorker.Mail;

/// <summary>What a delivery failure means for the message and the batch.</summary>
internal enum MailFailureKind
{
    /// <summary>Not a mail failure (a bug, or cancellation): let it propagate.</summary>
    Unknown,

    /// <summary>Try again: SMTP 4xx, connection refused or lost, timeout. Retried, then left pending for the next run.</summary>
    Transient,

    /// <summary>The server refused this message for good (SMTP 5xx): recorded as failed with the server's answer.</summary>
    Permanent,

    /// <summary>Our settings are wrong (login, TLS, sender refused): no message is at fault, the run stops.</summary>
    Configuration,
}
