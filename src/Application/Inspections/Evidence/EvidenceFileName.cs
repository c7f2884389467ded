using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Validation;
using DoubleRandom.Domain.Inspections;

namespace DoubleRandom.Application.Inspections.Evidence;

/// <summary>The name a file is kept under: the last path segment only, no control characters, at most 255 characters.</summary>
public static class EvidenceFileName
{
    public static string Sanitise(string? name, string field)
    {
        var last = (name ?? string.Empty).Replace('\\', '/');
        last = last[(last.LastIndexOf('/') + 1)..].Trim();
        if (!TextRule.IsAllowed(last))
        {
            throw RequestValidationException.ForField(field, TextRule.Message);
        }

        last = new string([.. last.Where(c => !char.IsControl(c))]);
        if (last.Length == 0 || last is "." or "..")
        {
            throw RequestValidationException.ForField(field, EvidenceTexts.FileNameRequired);
        }

        return last.Length <= InspectionEvidence.FileNameMaxLength
            ? last
            : throw RequestValidationException.ForField(field, EvidenceTexts.FileNameTooLong);
    }
}
