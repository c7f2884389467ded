using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Tasks;

/// <summary>
/// 电子档案 (§3.1.3, §6.3.2, §7.3): the one ZIP of a task, kept in the file store under its SHA-256. The manifest's own
/// SHA-256 is what a verifier compares: it fixes every entry's size and hash. Written once, with the task's archiving,
/// and never changed (the task is read-only from then on).
/// </summary>
public sealed class TaskArchive : Entity, ITaskOwned
{
    public const int Sha256HexLength = 64;
    public const int BuilderVersionMaxLength = 32;

    private TaskArchive()
    {
    }

    public Guid TaskId { get; private set; }

    Guid ITaskOwned.OwningTaskId => TaskId;

    /// <summary>The ZIP's SHA-256 (lowercase hex): its name in the file store.</summary>
    public string Sha256 { get; private set; } = string.Empty;

    public long Size { get; private set; }

    /// <summary>The SHA-256 of <c>manifest.json</c> as stored in the ZIP.</summary>
    public string ManifestSha256 { get; private set; } = string.Empty;

    /// <summary>The entries the manifest lists (manifest.json and its signature aside).</summary>
    public int EntryCount { get; private set; }

    /// <summary>Which builder wrote it (the manifest's <c>builderVersion</c>).</summary>
    public string BuilderVersion { get; private set; } = string.Empty;

    /// <summary>Whether a detached CMS signature of the manifest (<c>manifest.json.p7s</c>) is in the ZIP.</summary>
    public bool Signed { get; private set; }

    public static TaskArchive Create(Guid taskId, string sha256, long size, string manifestSha256, int entryCount, string builderVersion, bool signed) =>
        new()
        {
            TaskId = taskId, Sha256 = sha256, Size = size, ManifestSha256 = manifestSha256, EntryCount = entryCount,
            BuilderVersion = builderVersion, Signed = signed,
        };
}
