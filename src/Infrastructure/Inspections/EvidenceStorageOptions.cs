using System.ComponentModel.DataAnnotations;

namespace DoubleRandom.Infrastructure.Inspections;

/// <summary>The <c>Evidence:UploadFolder</c> where partial files of resumable uploads are kept; relative: under the content root.</summary>
public sealed class EvidenceStorageOptions
{
    public const string SectionName = "Evidence";

    [Required]
    public string UploadFolder { get; set; } = "data/uploads";

    public string FolderUnder(string contentRoot) => Path.IsPathRooted(UploadFolder) ? UploadFolder : Path.Combine(contentRoot, UploadFolder);
}
