namespace DoubleRandom.Infrastructure.Pdf;

/// <summary>No <c>Records:SigningCertificate</c>: documents leave exactly as the renderer wrote them.</summary>
public sealed class UnsignedPdf : IPdfSigner
{
    public bool Signs => false;

    public byte[] Sign(byte[] pdf, string reason) => pdf;
}
