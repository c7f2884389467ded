namespace DoubleRandom.Application.Rosters.Reference;

/// <summary>A GB/T 2260 administrative division; the parent is empty for the province.</summary>
public sealed record RegionDto(string Code, string Name, string? ParentCode);

/// <summary>A GB/T 4754-2017 section (门类) and the range of its two-digit divisions (大类).</summary>
public sealed record IndustrySectionDto(string Section, string Name, int FirstDivision, int LastDivision);

/// <summary>The reference lists shipped with the service (Ningxia divisions, GB/T 4754 sections).</summary>
public interface IReferenceData
{
    IReadOnlyList<RegionDto> Regions { get; }

    IReadOnlyList<IndustrySectionDto> Industries { get; }

    bool IsKnownRegion(string code);

    IndustrySectionDto? Section(string section);

    /// <summary>The section a two-digit division belongs to, if any.</summary>
    IndustrySectionDto? SectionOfDivision(int division);
}
