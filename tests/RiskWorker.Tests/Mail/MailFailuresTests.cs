using System.Net.Sockets;
using MailKit.Net.Smtp;
using RiskWorker.Mail;

namespace RiskWorker.Tests.Mail;

/// <summary>The decision table for delivery errors: retry, fail the message, or stop the run as a settings problem.</summary>
public sealed class MailFailuresTests
{
    [Theory]
    [InlineData(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxBusy, "Transient")]
    [InlineData(SmtpErrorCode.SenderNotAccepted, SmtpStatusCode.ServiceNotAvailable, "Transient")]
    [InlineData(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, "Permanent")]
    [InlineData(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.TransactionFailed, "Permanent")]
    [InlineData(SmtpErrorCode.SenderNotAccepted, SmtpStatusCode.ExceededStorageAllocation, "Permanent")]
    [InlineData(SmtpErrorCode.SenderNotAccepted, SmtpStatusCode.AuthenticationRequired, "Configuration")]
    [InlineData(SmtpErrorCode.SenderNotAccepted, SmtpStatusCode.MailboxUnavailable, "Configuration")]
    public void Classify_ServerAnswer_FollowsTheStatusClassAndTheCommand(SmtpErrorCode command, SmtpStatusCode status, string expected) =>
        Assert.Equal(Enum.Parse<MailFailureKind>(expected), MailFailures.Classify(new SmtpCommandException(command, status, "answer")));

    [Fact]
    public void Classify_NonServerErrors_RetriesTheNetworkStopsOnSettingsAndLetsBugsThrough()
    {
        Assert.Equal(MailFailureKind.Transient, MailFailures.Classify(new SocketException((int)SocketError.ConnectionRefused)));
        Assert.Equal(MailFailureKind.Transient, MailFailures.Classify(new IOException("reset")));
        Assert.Equal(MailFailureKind.Transient, MailFailures.Classify(new TimeoutException()));
        Assert.Equal(MailFailureKind.Transient, MailFailures.Classify(new SmtpProtocolException("dropped")));
        Assert.Equal(MailFailureKind.Configuration, MailFailures.Classify(new MailKit.Security.AuthenticationException("535")));
        Assert.Equal(MailFailureKind.Configuration, MailFailures.Classify(new NotSupportedException("STARTTLS")));
        Assert.Equal(MailFailureKind.Unknown, MailFailures.Classify(new InvalidOperationException("bug")));
        Assert.Equal(MailFailureKind.Unknown, MailFailures.Classify(new OperationCanceledException()));
    }

    [Fact]
    public void Describe_ServerAnswer_KeepsTheCodeAndTheText() =>
        Assert.Equal("550 5.1.1 <x@example.org>: no such user",
            MailFailures.Describe(new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, "5.1.1 <x@example.org>: no such user")));

    [Fact]
    public void Describe_MultiSentenceError_KeepsTheFirstSentenceWithoutItsPeriod() =>
        Assert.Equal("NotSupportedException: The SMTP server does not support the STARTTLS extension",
            MailFailures.Describe(new NotSupportedException("The SMTP server does not support the STARTTLS extension.\nSee the docs. Really.")));

    [Fact]
    public void Describe_TlsHandshakeFailure_SaysWhichSettingsToCheck()
    {
        var handshake = new MailKit.Security.SslHandshakeException("An error occurred while attempting to establish an SSL or TLS connection.\n\nMore text\nand more.");

        Assert.Equal("TLS handshake failed: check Smtp:Security and Smtp:Port", MailFailures.Describe(handshake));
        Assert.Equal("TLS handshake failed: check Smtp:Security and Smtp:Port", MailFailures.Describe(new MailConnectException("smtp://127.0.0.1:25", handshake)));
    }

    [Fact]
    public void Problem_TlsHandshakeFailureInRussian_SaysWhichSettingsToCheckInRussian()
    {
        var handshake = new MailKit.Security.SslHandshakeException("An error occurred while attempting to establish an SSL or TLS connection.");
        var line = Assert.IsType<RiskWorker.Cli.CliLine>(MailFailures.Problem(handshake));

        Assert.Equal("не удалось установить TLS-соединение: проверьте Smtp:Security и Smtp:Port", line.In(RiskWorker.Tests.Support.ShippedRegister.Value.Words.For("ru")));
    }

    [Fact]
    public void CouldNotConnect_FailureWhileConnectingOrOnAMessage_OnlyTheFormerStopsTheBatch()
    {
        var refused = new MailConnectException("smtp://127.0.0.1:25", new SocketException((int)SocketError.ConnectionRefused));

        Assert.True(MailFailures.CouldNotConnect(refused));
        Assert.Equal(MailFailureKind.Transient, MailFailures.Classify(refused));
        Assert.StartsWith("SocketException: ", MailFailures.Describe(refused), StringComparison.Ordinal);
        Assert.False(MailFailures.CouldNotConnect(new SmtpProtocolException("dropped")));
        Assert.False(MailFailures.CouldNotConnect(new TimeoutException()));
    }
}
