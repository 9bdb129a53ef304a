using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace RiskWorker.Mail;

/// <summary>Reads the certificates of a PEM file (<c>-----BEGIN CERTIFICATE-----</c> blocks), for the Smtp trust settings.</summary>
internal static class PemCertificates
{
    /// <summary>The certificates in <paramref name="path"/>, or the reason there are none, naming <paramref name="setting"/>.</summary>
    public static (X509Certificate2Collection Certificates, string? Error) Read(string setting, string path)
    {
        if (!File.Exists(path)) return ([], $"{setting} '{Path.GetFullPath(path)}' does not exist.");
        var certificates = new X509Certificate2Collection();
        try
        {
            certificates.ImportFromPemFile(path);
        }
        catch (CryptographicException ex)
        {
            return ([], $"{setting} '{Path.GetFullPath(path)}' is not a PEM certificate file: {ex.Message.TrimEnd('.')}.");
        }

        return certificates.Count == 0 ? ([], $"{setting} '{Path.GetFullPath(path)}' holds no certificate (no -----BEGIN CERTIFICATE----- block).") : (certificates, null);
    }
}
