using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace DoubleRandom.Infrastructure.Pdf;

/// <summary>
/// The bureau's signing certificate (<c>Records:SigningCertificate</c>, a PKCS#12 file, with
/// <c>Records:SigningCertificatePassword</c>): the one certificate of the file that has a private key, plus the rest of
/// the file as its chain. Read when the service starts; a file that is missing, unreadable, without a private key or
/// outside its validity stops the start with a message naming the option (never the password).
/// </summary>
public sealed class PdfSigningCertificate : IDisposable
{
    private readonly X509Certificate2Collection _all;

    private PdfSigningCertificate(X509Certificate2 signer, X509Certificate2Collection all)
    {
        Signer = signer;
        _all = all;
    }

    public X509Certificate2 Signer { get; }

    /// <summary>The other certificates of the file (intermediates), embedded in the signature so a verifier can build the chain.</summary>
    public IEnumerable<X509Certificate2> Chain => _all.Where(c => !ReferenceEquals(c, Signer) && c.Subject != c.Issuer);

    public static PdfSigningCertificate Load(string path, string? password, DateTimeOffset now)
    {
        const string option = "Records:SigningCertificate";
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{option}: the PKCS#12 file {path} does not exist.");
        }

        X509Certificate2Collection all;
        try
        {
            all = X509CertificateLoader.LoadPkcs12CollectionFromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException e)
        {
            // The loader's message never contains the password.
            throw new InvalidOperationException(
                $"{option}: {path} cannot be read as PKCS#12 (wrong Records:SigningCertificatePassword, or not a .p12/.pfx file): {e.Message}", e);
        }

        var signer = all.FirstOrDefault(c => c.HasPrivateKey);
        string? problem = signer switch
        {
            null => "has no certificate with a private key",
            _ when !HasSupportedKey(signer) => "has a key that is neither RSA nor ECDSA",
            _ when signer.NotAfter.ToUniversalTime() < now.UtcDateTime => $"holds a certificate that expired on {signer.NotAfter.ToUniversalTime():yyyy-MM-dd HH:mm:ss}Z",
            _ when signer.NotBefore.ToUniversalTime() > now.UtcDateTime => $"holds a certificate not valid before {signer.NotBefore.ToUniversalTime():yyyy-MM-dd HH:mm:ss}Z",
            _ => null,
        };
        if (problem is not null)
        {
            foreach (var certificate in all)
            {
                certificate.Dispose();
            }

            throw new InvalidOperationException($"{option}: {path} {problem}.");
        }

        return new PdfSigningCertificate(signer!, all);
    }

    private static bool HasSupportedKey(X509Certificate2 certificate)
    {
        using var rsa = certificate.GetRSAPrivateKey();
        using var ecdsa = rsa is null ? certificate.GetECDsaPrivateKey() : null;
        return rsa is not null || ecdsa is not null;
    }

    public void Dispose()
    {
        foreach (var certificate in _all)
        {
            certificate.Dispose();
        }
    }
}
