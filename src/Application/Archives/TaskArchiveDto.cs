using DoubleRandom.Domain.Tasks;

namespace DoubleRandom.Application.Archives;

/// <summary>
/// A task's electronic archive: the ZIP's SHA-256 and size, the SHA-256 of its <c>manifest.json</c> (what
/// <c>archive-verify</c> prints), how many files the manifest lists, the builder, whether the manifest is signed, who built
/// it and when. The ZIP is at <c>GET /tasks/{taskId}/archive.zip</c>.
/// </summary>
public sealed record TaskArchiveDto(
    Guid Id, Guid TaskId, string Sha256, long Size, string ManifestSha256, int EntryCount, string BuilderVersion, bool Signed,
    string CreatedBy, DateTime CreatedAtUtc)
{
    public static TaskArchiveDto From(TaskArchive a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Id, a.TaskId, a.Sha256, a.Size, a.ManifestSha256, a.EntryCount, a.BuilderVersion, a.Signed, a.CreatedBy, a.CreatedAtUtc);
    }
}
