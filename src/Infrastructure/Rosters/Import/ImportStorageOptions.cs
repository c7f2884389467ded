using System.ComponentModel.DataAnnotations;

namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>Where uploads live and when a PostgreSQL bulk load rebuilds indexes (section <c>Imports</c>, beside <see cref="Application.Rosters.Imports.Commands.RunImport.ImportLimits"/>).</summary>
public sealed class ImportStorageOptions
{
    public const string SectionName = "Imports";

    /// <summary>Uploaded import files and their reports; relative: under the content root.</summary>
    [Required]
    public string Folder { get; set; } = "data/imports";

    /// <summary>PostgreSQL: a target import of at least this many rows drops and rebuilds the secondary indexes around the copy.</summary>
    [Range(1, long.MaxValue)]
    public long BulkLoadMinimumRows { get; set; } = BulkLoadIndexes.DefaultMinimumRows;

    public string FolderUnder(string contentRoot) => Path.IsPathRooted(Folder) ? Folder : Path.Combine(contentRoot, Folder);
}
