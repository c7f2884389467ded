namespace DoubleRandom.Application.Draws.Snapshots;

/// <summary>
/// One target row as the scope read sees it: UTF-8 bytes straight from the database, nothing allocated.
/// <paramref name="riskTier"/> is the tier letter (<c>A</c>–<c>D</c>) or 0 when unrated; an empty span stands for NULL.
/// </summary>
public readonly ref struct TargetScopeRow(
    ReadOnlySpan<byte> code, byte riskTier, ReadOnlySpan<byte> regionCode, int? weight, ReadOnlySpan<byte> industrySection,
    ReadOnlySpan<byte> industryDivision, ReadOnlySpan<byte> departmentCodes, ReadOnlySpan<byte> tags, double? riskScore = null,
    int? riskModelVersion = null)
{
    public ReadOnlySpan<byte> Code { get; } = code;

    public byte RiskTier { get; } = riskTier;

    public ReadOnlySpan<byte> RegionCode { get; } = regionCode;

    public int? Weight { get; } = weight;

    public ReadOnlySpan<byte> IndustrySection { get; } = industrySection;

    public ReadOnlySpan<byte> IndustryDivision { get; } = industryDivision;

    /// <summary><c>|amr|fire|</c>; empty unless the scope filters by department or tag.</summary>
    public ReadOnlySpan<byte> DepartmentCodes { get; } = departmentCodes;

    public ReadOnlySpan<byte> Tags { get; } = tags;

    /// <summary>The model's probability (<c>Target.RiskScore</c>); null when the tier was not set by a model scoring.</summary>
    public double? RiskScore { get; } = riskScore;

    /// <summary>The model version whose scoring set the tier (<c>Target.RiskModelVersion</c>).</summary>
    public int? RiskModelVersion { get; } = riskModelVersion;
}
