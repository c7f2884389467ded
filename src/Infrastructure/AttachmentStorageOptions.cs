using System.ComponentModel.DataAnnotations;

namespace DoubleRandom.Infrastructure;

/// <summary>The <c>Attachments:Folder</c> where draw attachments are kept (by SHA-256); relative: under the content root.</summary>
public sealed class AttachmentStorageOptions
{
    public const string SectionName = "Attachments";

    [Required]
    public string Folder { get; set; } = "data/attachments";

    public string FolderUnder(string contentRoot) => Path.IsPathRooted(Folder) ? Folder : Path.Combine(contentRoot, Folder);
}
