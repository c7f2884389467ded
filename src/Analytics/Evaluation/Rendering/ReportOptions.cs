using System.ComponentModel.DataAnnotations;

namespace DoubleRandom.Analytics.Evaluation.Rendering;

/// <summary>
/// The <c>Reports</c> section: the CJK font the evaluation report's PDF embeds and its charts draw with. Not set: the
/// well-known system locations are tried (<see cref="ReportFontLocator.WellKnownPaths"/>). Checked when the service
/// starts: a font set but missing, or none found at all, stops the start with the message naming what to install.
/// </summary>
public sealed class ReportOptions : IValidatableObject
{
    public const string SectionName = "Reports";

    /// <summary>A TrueType <c>.ttf</c> or collection <c>.ttc</c> (first face) with CJK glyphs; null = search the system.</summary>
    public string? FontPath { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        string? problem = null;
        try
        {
            ReportFontLocator.Find(FontPath);
        }
        catch (InvalidOperationException e)
        {
            problem = e.Message;
        }

        if (problem is not null)
        {
            yield return new ValidationResult(problem, [nameof(FontPath)]);
        }
    }
}
