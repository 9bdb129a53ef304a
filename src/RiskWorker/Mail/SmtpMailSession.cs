using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using RiskWorker.Cli;

namespace RiskWorker.Mail;

/// <summary>
/// One SMTP connection for a batch, opened on the first message and reopened after the line broke
/// (FIELD-GUIDE §3: after a protocol or IO error the client must reconnect; after a 4xx/5xx answer it stays usable).
/// A failure while connecting surfaces as <see cref="MailConnectException"/>, so the sender can tell "the server is
/// unreachable" from "the line broke on this message".
/// </summary>
internal sealed class SmtpMailSession(SmtpOptions options) : IMailSession
{
    private readonly SmtpClient _client = new() { Timeout = options.TimeoutSeconds * 1000 };
    private readonly ServerCertificateTrust _trust = ServerCertificateTrust.From(options);
    private CliLine? _certificateRefusal;

    public async Task<string> SendAsync(string key, MimeMessage message, CancellationToken cancellationToken)
    {
        if (!_client.IsConnected || !IsAuthenticatedAsConfigured()) await ConnectAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await _client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SmtpProtocolException or IOException or SocketException or TimeoutException)
        {
            await DropAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            try { await _client.DisconnectAsync(quit: true).ConfigureAwait(false); }
            catch (Exception ex) when (ex is IOException or SocketException or SmtpProtocolException or TimeoutException) { /* the batch is over; a rude close loses nothing */ }
        }

        _client.Dispose();
    }

    private bool IsAuthenticatedAsConfigured() => string.IsNullOrEmpty(options.User) || _client.IsAuthenticated;

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        if (_client.IsConnected) await DropAsync().ConfigureAwait(false);
        var security = options.Security switch
        {
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            SmtpSecurity.None => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTls,
        };
        _certificateRefusal = null;
        _client.ServerCertificateValidationCallback = (_, certificate, chain, errors) =>
        {
            _certificateRefusal = _trust.Refusal(certificate, chain, errors);
            return _certificateRefusal is null;
        };
        try
        {
            await _client.ConnectAsync(options.Host!, options.EffectivePort, security, cancellationToken).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(options.User)) await _client.AuthenticateAsync(options.User, options.Password ?? "", cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            await DropAsync().ConfigureAwait(false);
            // MailKit reports a refused certificate as a failed handshake; say which certificate and why instead.
            if (_certificateRefusal is { } refusal) throw new MailCertificateException(refusal, ex);
            // Settings errors (no STARTTLS, login refused) and cancellation keep their own type; the rest means "unreachable".
            if (MailFailures.Classify(ex) is MailFailureKind.Transient or MailFailureKind.Permanent) throw new MailConnectException(options.Destination, ex);
            throw;
        }
    }

    private async Task DropAsync()
    {
        try { await _client.DisconnectAsync(quit: false).ConfigureAwait(false); }
        catch (Exception ex) when (ex is IOException or SocketException or SmtpProtocolException or ServiceNotConnectedException) { /* already gone */ }
    }
}
