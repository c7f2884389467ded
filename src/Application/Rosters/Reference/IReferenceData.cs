namespace DoubleRandom.Application.Rosters.Reference;

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
