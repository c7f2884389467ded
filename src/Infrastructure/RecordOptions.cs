using System.ComponentModel.DataAnnotations;
using DoubleRandom.Infrastructure.Pdf;

namespace DoubleRandom.Infrastructure;

/// <summary>The <c>Records</c> section: the printed draw record and summary, and the certificate that signs them.</summary>
public sealed class RecordOptions : IValidatableObject
{
    public const string SectionName = "Records";

    /// <summary>The CJK font of the record (<c>apt-get install fonts-wqy-microhei</c>).</summary>
    [Required]
    public string FontPath { get; set; } = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    /// <summary>
    /// A PKCS#12 file (.p12/.pfx) whose certificate signs the printed PDFs (PAdES, ADR 0019); not set: the PDFs are unsigned.
    /// </summary>
    public string? SigningCertificate { get; set; }

    /// <summary>The password of <see cref="SigningCertificate"/>: a secret, never logged or audited.</summary>
    public string? SigningCertificatePassword { get; set; }

    public bool Signs => !string.IsNullOrWhiteSpace(SigningCertificate);

    /// <summary>The certificate, read and checked (private key, validity); null when none is configured.</summary>
    public PdfSigningCertificate? LoadCertificate(DateTimeOffset now) =>
        Signs ? PdfSigningCertificate.Load(SigningCertificate!, SigningCertificatePassword, now) : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        string? problem = null;
        try
        {
            LoadCertificate(DateTimeOffset.UtcNow)?.Dispose();
        }
        catch (InvalidOperationException e)
        {
            problem = e.Message;
        }

        if (problem is not null)
        {
            yield return new ValidationResult(problem, [nameof(SigningCertificate)]);
        }
    }
}
