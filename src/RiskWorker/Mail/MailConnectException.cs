namespace RiskWorker.Mail;

/// <summary>
/// Reaching the server failed (connect, greeting or login), before any message was handed over: no message is at
/// fault, and every other message of the batch would fail alike, so the batch stops and the rest waits for the next run.
/// </summary>
internal sealed class MailConnectException(string destination, Exception innerException)
    : Exception($"Could not reach {destination}: {MailFailures.Describe(innerException)}", innerException);
