using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using RiskWorker.Cli;

namespace RiskWorker.Mail;

/// <summary>
/// Decides whether the SMTP server's certificate is trusted: by the system store as usual, or in addition by the
/// authorities of <c>Smtp:TrustedCaFile</c> (a chain built to them, revocation checked where the authority publishes
/// a list) or the exact certificates of <c>Smtp:PinnedCertificateFile</c>. Never a blanket yes: a name that does not
/// match <c>Smtp:Host</c> is refused unless the certificate is pinned. A refusal says which certificate and why.
/// </summary>
internal sealed class ServerCertificateTrust(string host, X509Certificate2Collection authorities, X509Certificate2Collection pinned)
{
    public static ServerCertificateTrust From(SmtpOptions options) =>
        new(options.Host ?? "", Load(nameof(SmtpOptions.TrustedCaFile), options.TrustedCaFile), Load(nameof(SmtpOptions.PinnedCertificateFile), options.PinnedCertificateFile));

    /// <summary>Null when trusted, else why not, in one line (words; the chain's statuses are the system's own text).</summary>
    public CliLine? Refusal(X509Certificate? presented, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None) return null;
        if (presented is null) return new("error.mail.certificate.none");
        var certificate = presented as X509Certificate2 ?? new X509Certificate2(presented);
        if (pinned.Any(p => p.RawData.AsSpan().SequenceEqual(certificate.RawData))) return null;

        (string, object?) subject = ("subject", certificate.Subject), issuer = ("issuer", certificate.Issuer);
        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
            return new("error.mail.certificate.name", subject, issuer, ("host", host), ("names", Names(certificate)));
        if (authorities.Count > 0)
        {
            var status = ChainToAuthorities(certificate, chain);
            return status is null ? null : new("error.mail.certificate.authorities", subject, issuer, ("status", status));
        }

        return new("error.mail.certificate.untrusted", subject, issuer, ("status", Describe(chain?.ChainStatus ?? [])));
    }

    private object? ChainToAuthorities(X509Certificate2 certificate, X509Chain? presented)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(authorities);
        // Intermediates the server sent; the authorities' own lists where they publish one, an unreachable one not refusing.
        if (presented is not null) foreach (var element in presented.ChainElements) chain.ChainPolicy.ExtraStore.Add(element.Certificate);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.Online;
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.IgnoreEndRevocationUnknown | X509VerificationFlags.IgnoreCertificateAuthorityRevocationUnknown;
        return chain.Build(certificate) ? null : Describe(chain.ChainStatus);
    }

    private static object Describe(X509ChainStatus[] statuses) => statuses.Length == 0
        ? new CliLine("error.mail.certificate.chain-untrusted")
        : string.Join("; ", statuses.Select(s => $"{s.Status} ({s.StatusInformation.Trim().TrimEnd('.')})").Distinct());

    private static string Names(X509Certificate2 certificate) =>
        certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().SelectMany(e => e.EnumerateDnsNames().Concat(e.EnumerateIPAddresses().Select(a => a.ToString())))
            .DefaultIfEmpty(certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false)).Aggregate((a, b) => a + ", " + b);

    private static X509Certificate2Collection Load(string key, string? path) =>
        string.IsNullOrWhiteSpace(path) ? [] : PemCertificates.Read("Smtp:" + key, path).Certificates;
}
