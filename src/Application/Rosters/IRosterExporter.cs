using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters;

/// <summary>Writes rows to a file in the import's own column layout, cells neutralised against formula injection.</summary>
public interface IRosterExporter
{
    Task<ExportFile> ExportTargetsAsync(IQueryable<Target> targets, ExportFormat format, CancellationToken cancellationToken);

    /// <summary>One row per certificate (an officer without one: one row), units by code, so the file imports back.</summary>
    Task<ExportFile> ExportOfficersAsync(
        IQueryable<Officer> officers, IReadOnlyDictionary<Guid, string> unitCodes, ExportFormat format, CancellationToken cancellationToken);
}
