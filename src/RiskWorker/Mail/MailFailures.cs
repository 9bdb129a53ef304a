using System.Globalization;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using RiskWorker.Cli;

namespace RiskWorker.Mail;

/// <summary>The one place that decides which delivery errors are retried, which fail a message and which stop the run.</summary>
internal static class MailFailures
{
    public static MailFailureKind Classify(Exception ex) => ex switch
    {
        // Whatever the server answered while we connected, no message is to blame: retry, then leave them all pending.
        MailConnectException => MailFailureKind.Transient,
        // The certificate was refused: retrying cannot help, the trust settings must change.
        MailCertificateException => MailFailureKind.Configuration,
        // A refused sender (e.g. 530 authentication required, 550 not allowed to relay) would fail every message alike;
        // 552 at MAIL FROM is this message's size, and treating it as configuration would block the queue behind it.
        SmtpCommandException { ErrorCode: SmtpErrorCode.SenderNotAccepted } c when Class(c) == 5 && c.StatusCode != SmtpStatusCode.ExceededStorageAllocation
            => MailFailureKind.Configuration,
        SmtpCommandException c when Class(c) == 4 => MailFailureKind.Transient,
        SmtpCommandException => MailFailureKind.Permanent,
        AuthenticationException or SslHandshakeException or System.Security.Authentication.AuthenticationException or NotSupportedException => MailFailureKind.Configuration,
        SmtpProtocolException or IOException or SocketException or TimeoutException or ServiceNotConnectedException => MailFailureKind.Transient,
        _ => MailFailureKind.Unknown,
    };

    /// <summary>True when connecting failed: the rest of the batch would fail alike. A line that broke during one message's transaction is that message's problem.</summary>
    public static bool CouldNotConnect(Exception ex) => ex is MailConnectException;

    /// <summary>
    /// <see cref="Problem"/> in English: what the outbox stores as a message's last answer (<c>outbox</c> shows it) and
    /// what the logs say — both read by operators, kept in one language whoever ran the verb.
    /// </summary>
    public static string Describe(Exception ex) => Problem(ex) is CliLine line ? line.In(ReaderWords.ShippedEnglish) : (string)Problem(ex);

    /// <summary>
    /// One line, without a closing period (callers go on after it): the server's answer with its status code, or the
    /// first sentence of the error — as they are (string) — or, where the words are ours, a <see cref="CliLine"/> for
    /// the reader's language. MailKit's TLS error is a page of advice; it becomes what to check.
    /// </summary>
    public static object Problem(Exception ex) => ex switch
    {
        SmtpCommandException c => ((int)c.StatusCode).ToString(CultureInfo.InvariantCulture) + " " + FirstLine(c.Message),
        MailConnectException { InnerException: { } inner } => Problem(inner),
        MailCertificateException certificate => certificate.Refusal,
        SslHandshakeException or System.Security.Authentication.AuthenticationException => new CliLine("error.mail.tls-handshake"),
        _ => $"{ex.GetType().Name}: {FirstSentence(ex.Message)}",
    };

    /// <summary>The first line of a server's answer or an error, for a one-line report.</summary>
    public static string FirstLine(string? text) => text is null ? "" : text.Split('\n', 2)[0].TrimEnd('\r', ' ');

    private static string FirstSentence(string text)
    {
        var line = FirstLine(text);
        var end = line.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? line : line[..end]).TrimEnd('.');
    }

    private static int Class(SmtpCommandException ex) => (int)ex.StatusCode / 100;
}
