namespace DoubleRandom.Infrastructure.Pdf;

/// <summary>
/// The port the PDF renderers hand their finished document to (ADR 0019): with <c>Records:SigningCertificate</c> set, a
/// PAdES signature is appended as an incremental update; without it the document comes back unchanged, byte for byte.
/// </summary>
public interface IPdfSigner
{
    /// <summary>Whether documents are signed (a certificate is configured).</summary>
    bool Signs { get; }

    /// <summary>The document signed, or the same array when no certificate is configured.</summary>
    byte[] Sign(byte[] pdf, string reason);
}
