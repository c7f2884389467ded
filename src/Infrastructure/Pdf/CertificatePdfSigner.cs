using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace DoubleRandom.Infrastructure.Pdf;

/// <summary>
/// Signs with the configured certificate (ADR 0019): PAdES baseline B-B — <c>/SubFilter /ETSI.CAdES.detached</c>, a
/// detached CMS SignedData over the <c>/ByteRange</c> with SHA-256, the signed attributes content-type, message-digest and
/// ESS signing-certificate-v2 (no signing-time attribute: PAdES takes the claimed time from <c>/M</c>), the signer's
/// certificate and any intermediates of the PKCS#12 file embedded.
/// </summary>
public sealed class CertificatePdfSigner(PdfSigningCertificate certificate, TimeProvider clock) : IPdfSigner
{
    private static readonly Oid Sha256 = new("2.16.840.1.101.3.4.2.1");
    private static readonly Oid SigningCertificateV2 = new("1.2.840.113549.1.9.16.2.47");

    // Room for the CMS: the certificates it embeds, a signature of up to 4096-bit RSA and the attributes, with margin.
    private readonly int _reserve = 4096 + certificate.Signer.RawData.Length + certificate.Chain.Sum(c => c.RawData.Length);

    public bool Signs => true;

    public byte[] Sign(byte[] pdf, string reason)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        return PdfSignatureUpdate.Append(pdf, _reserve, clock.GetUtcNow(), reason, Cms);
    }

    private byte[] Cms(byte[] signedBytes)
    {
        var cms = new SignedCms(new ContentInfo(signedBytes), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate.Signer)
        {
            DigestAlgorithm = Sha256,
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.Certificates.AddRange(certificate.Chain.ToArray());
        signer.SignedAttributes.Add(new AsnEncodedData(SigningCertificateV2, EssCertIdV2(certificate.Signer)));
        cms.ComputeSignature(signer, silent: true);
        return cms.Encode();
    }

    /// <summary>
    /// SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 } with one ESSCertIDv2 ::= SEQUENCE { certHash
    /// OCTET STRING, issuerSerial IssuerSerial } (RFC 5035; hashAlgorithm left at its default, SHA-256).
    /// </summary>
    private static byte[] EssCertIdV2(X509Certificate2 signer)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
        using (writer.PushSequence())
        {
            writer.WriteOctetString(SHA256.HashData(signer.RawData));
            using (writer.PushSequence())
            {
                using (writer.PushSequence())
                {
                    // GeneralName directoryName [4] EXPLICIT Name.
                    using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 4, isConstructed: true)))
                    {
                        writer.WriteEncodedValue(signer.IssuerName.RawData);
                    }
                }

                writer.WriteInteger(signer.SerialNumberBytes.Span);
            }
        }

        return writer.Encode();
    }
}
