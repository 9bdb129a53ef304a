using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

using RiskWorker.Cli;

namespace RiskWorker.Mail;

/// <summary>Reads the certificates of a PEM file (<c>-----BEGIN CERTIFICATE-----</c> blocks), for the Smtp trust settings.</summary>
internal static class PemCertificates
{
    /// <summary>The certificates in <paramref name="path"/>, or the reason there are none, naming <paramref name="setting"/>.</summary>
    public static (X509Certificate2Collection Certificates, CliLine? Error) Read(string setting, string path)
    {
        if (!File.Exists(path)) return ([], new("error.settings.pem.missing", ("setting", setting), ("path", Path.GetFullPath(path))));
        var certificates = new X509Certificate2Collection();
        try
        {
            certificates.ImportFromPemFile(path);
        }
        catch (CryptographicException ex)
        {
            // .NET's reason stays as it says it.
            return ([], new("error.settings.pem.invalid", ("setting", setting), ("path", Path.GetFullPath(path)), ("problem", ex.Message.TrimEnd('.'))));
        }

        return certificates.Count == 0 ? ([], new CliLine("error.settings.pem.empty", ("setting", setting), ("path", Path.GetFullPath(path)))) : (certificates, null);
    }
}
