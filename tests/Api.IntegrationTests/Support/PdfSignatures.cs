using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace DoubleRandom.Api.IntegrationTests.Support;

/// <summary>Throw-away signing certificates and poppler's <c>pdfsig</c> (apt-get install poppler-utils) for the PAdES tests.</summary>
internal static class PdfSignatures
{
    public const string Password = "测试-p12-密码";

    /// <summary>A self-signed RSA 2048 certificate with its key, as a PKCS#12 file in the temp folder.</summary>
    public static string CreateCertificate(DateTimeOffset? notAfter = null, bool withKey = true)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=银川市市场监督管理局（测试签章）, O=DoubleRandom Test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-2), notAfter ?? now.AddYears(1));
        var path = Path.Combine(Path.GetTempPath(), $"doublerandom-signing-{Guid.NewGuid():N}.p12");
        File.WriteAllBytes(path, withKey
            ? certificate.Export(X509ContentType.Pkcs12, Password)
            : X509CertificateLoader.LoadCertificate(certificate.RawData).Export(X509ContentType.Pkcs12, Password));
        return path;
    }

    /// <summary><c>pdfsig</c>'s report on the document (it answers 0 also for an invalid signature; the text tells).</summary>
    public static async Task<string> CheckAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"doublerandom-signed-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        var info = new ProcessStartInfo("pdfsig") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(path);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("pdfsig did not start (apt-get install poppler-utils)");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        File.Delete(path);
        return await output + error;
    }

    /// <summary>The document with one byte of its first signed range changed (the document information's producer name).</summary>
    public static byte[] Tampered(byte[] pdf)
    {
        var copy = pdf.ToArray();
        var at = Encoding.Latin1.GetString(copy).IndexOf("(DoubleRandom)", StringComparison.Ordinal);
        Assert.True(at > 0, "the document names its creator");
        copy[at + 1] = (byte)'d';
        return copy;
    }
}
