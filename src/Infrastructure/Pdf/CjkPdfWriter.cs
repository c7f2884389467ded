using DoubleRandom.Application.Common.Fonts;
using Microsoft.Extensions.Logging;
using SkiaSharp;

namespace DoubleRandom.Infrastructure.Pdf;

/// <summary>
/// Writes the printed documents (the draw record, a group's summary) as A4 PDFs with SkiaSharp's PDF backend. A CJK font
/// is required: without one Chinese prints as boxes, so a missing font is an error, not a silent fallback. Default:
/// Debian's fonts-wqy-microhei. Skia here embeds the whole face (it has no subsetter), so a document is composed twice:
/// once to collect the characters it prints, once to draw with a subset of the face holding only their outlines (ADR
/// 0015). A font that is missing or cannot be read fails the request alike (the internal-error problem, the reason in
/// the log) and is tried again on the next request; a face that reads but does not subset is embedded whole, with a
/// warning. The finished document goes through the PDF signer (PAdES when <c>Records:SigningCertificate</c> is set, ADR 0019).
/// </summary>
public sealed partial class CjkPdfWriter(string fontPath, IPdfSigner signer, ILogger logger)
{
    // PublicationOnly: a failure is not cached, so a font installed or fixed later is picked up without a restart.
    private readonly Lazy<TrueTypeFace> _face = new(() => LoadFace(fontPath), LazyThreadSafetyMode.PublicationOnly);

    /// <summary>The document <paramref name="compose"/> lays out, titled, with <paramref name="footer"/> and the page number on every page.</summary>
    internal byte[] Write(string title, string footer, string signatureReason, Action<PdfPages> compose)
    {
        var collector = new PdfPages(null, null, footer);
        compose(collector);
        using var typeface = Typeface(_face.Value, collector.CodePoints());
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Title = title, Creator = "DoubleRandom" }))
        {
            var page = new PdfPages(document, typeface, footer);
            compose(page);
            page.Finish();
        }

        return signer.Sign(stream.ToArray(), signatureReason);
    }

    private static TrueTypeFace LoadFace(string fontPath)
    {
        if (!File.Exists(fontPath))
        {
            throw new InvalidOperationException($"The CJK font {fontPath} is missing (apt-get install fonts-wqy-microhei, or set Records:FontPath).");
        }

        try
        {
            return TrueTypeFace.Load(fontPath);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidOperationException(
                $"The CJK font {fontPath} cannot be read: {e.Message} (apt-get install fonts-wqy-microhei, or set Records:FontPath).", e);
        }
    }

    /// <summary>The subset of the face for the characters printed; the whole face when it has no glyf outlines or does not subset.</summary>
    private SKTypeface Typeface(TrueTypeFace face, IEnumerable<int> codePoints)
    {
        if (face.HasGlyfOutlines)
        {
            try
            {
                // Skia answers null for a subset it cannot read; the default face would print Chinese as boxes.
                return SKTypeface.FromData(SKData.CreateCopy(TrueTypeSubsetter.Subset(face, codePoints)))
                    ?? throw new InvalidDataException("SkiaSharp cannot read the subset face.");
            }
            catch (InvalidDataException e)
            {
                LogWholeFace(logger, e, fontPath);
            }
        }

        return SKTypeface.FromFile(fontPath)
            ?? throw new InvalidOperationException($"The CJK font {fontPath} cannot be read by SkiaSharp (apt-get install fonts-wqy-microhei, or set Records:FontPath).");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The CJK font {FontPath} does not subset; the document embeds the whole face")]
    private static partial void LogWholeFace(ILogger logger, Exception exception, string fontPath);
}
