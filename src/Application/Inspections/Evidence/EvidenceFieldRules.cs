using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Validation;
using DoubleRandom.Domain.Inspections;
using FluentValidation;

namespace DoubleRandom.Application.Inspections.Evidence;

/// <summary>The rules an evidence upload's fields share, multipart or tus.</summary>
public static class EvidenceFieldRules
{
    public static void TargetCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(InspectionEvidence.TargetCodeMaxLength).Must(TextRule.IsAllowed).WithMessage(_ => TextRule.Message);

    public static void Latitude<T>(this IRuleBuilder<T, double?> rule) =>
        rule.InclusiveBetween(-90, 90).WithMessage(_ => Text.Of("纬度应在 -90 至 90 之间（WGS-84）", "A latitude is between -90 and 90 (WGS-84)."));

    public static void Longitude<T>(this IRuleBuilder<T, double?> rule) =>
        rule.InclusiveBetween(-180, 180).WithMessage(_ => Text.Of("经度应在 -180 至 180 之间（WGS-84）", "A longitude is between -180 and 180 (WGS-84)."));

    /// <summary>Both coordinates or neither.</summary>
    public static bool Paired(double? latitude, double? longitude) => latitude.HasValue == longitude.HasValue;

    public static string CoordinatesPaired => Text.Of("经纬度须同时提供", "Give both latitude and longitude, or neither.");
}
