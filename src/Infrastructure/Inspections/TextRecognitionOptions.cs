using System.ComponentModel.DataAnnotations;

namespace DoubleRandom.Infrastructure.Inspections;

/// <summary>The <c>Ocr</c> section: the tesseract command that reads licence photos without a readable QR code.</summary>
public sealed class TextRecognitionOptions
{
    public const string SectionName = "Ocr";

    /// <summary>The tesseract executable, a path or a name found on PATH (<c>apt-get install tesseract-ocr tesseract-ocr-chi-sim</c>).</summary>
    [Required]
    [MaxLength(500)]
    public string TesseractPath { get; set; } = "tesseract";

    /// <summary>The trained languages, joined by '+'.</summary>
    [Required]
    [RegularExpression("^[A-Za-z_]+(\\+[A-Za-z_]+)*$")]
    public string Languages { get; set; } = "chi_sim+eng";

    /// <summary>The language of the second, Latin-only look at the code, when the first pass found no valid code.</summary>
    [Required]
    [RegularExpression("^[A-Za-z_]+(\\+[A-Za-z_]+)*$")]
    public string LatinLanguage { get; set; } = "eng";

    /// <summary>How long one recognition may run before it is stopped (the scan answers 503 ocr-unavailable).</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>How many recognitions run at once; more wait their turn (each uses one core).</summary>
    [Range(1, 64)]
    public int MaxConcurrent { get; set; } = 2;
}
