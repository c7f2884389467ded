using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Draws;
using DoubleRandom.Application.Inspections.Evidence;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Archives.Sections;

/// <summary>
/// <c>evidence/&lt;targetCode&gt;/&lt;sha256&gt;.&lt;ext&gt;</c>: every evidence file of the task and every acknowledgement
/// signature image, copied from the file store stream to stream (a file held twice for a target is written once), and
/// <c>evidence/&lt;targetCode&gt;/evidence.json</c> with what was recorded of each piece (kind, file name, uploader,
/// capture time and place).
/// </summary>
public sealed class EvidenceSection(IApplicationDbContext db, IAttachmentStore store) : IArchiveSection
{
    public int Order => 40;

    public string Folder => "evidence";

    public async IAsyncEnumerable<ArchiveEntry> EntriesAsync(ArchiveContext context, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var rows = db.InspectionEvidence.AsNoTracking().Where(e => e.TaskId == context.TaskId)
            .OrderBy(e => e.TargetCode).ThenBy(e => e.UploadedAtUtc).ThenBy(e => e.Id).AsAsyncEnumerable();
        var target = (string?)null;
        var pieces = new List<EvidenceDto>();
        var written = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in rows.WithCancellation(ct))
        {
            if (!string.Equals(row.TargetCode, target, StringComparison.Ordinal))
            {
                if (target is not null)
                {
                    yield return ArchiveJson.Entry($"evidence/{ArchivePaths.Segment(target)}/evidence.json", pieces);
                }

                target = row.TargetCode;
                pieces = [];
            }

            pieces.Add(EvidenceDto.From(row));
            if (FileEntry(row.TargetCode, row.Sha256, row.ContentType, written) is { } entry)
            {
                yield return entry;
            }
        }

        if (target is not null)
        {
            yield return ArchiveJson.Entry($"evidence/{ArchivePaths.Segment(target)}/evidence.json", pieces);
        }

        var signatures = db.InspectionRecords.AsNoTracking().Where(r => r.TaskId == context.TaskId && r.SignatureSha256 != null)
            .OrderBy(r => r.TargetCode).Select(r => new { r.TargetCode, r.SignatureSha256, r.SignatureContentType }).AsAsyncEnumerable();
        await foreach (var signature in signatures.WithCancellation(ct))
        {
            if (FileEntry(signature.TargetCode, signature.SignatureSha256!, signature.SignatureContentType ?? string.Empty, written) is { } entry)
            {
                yield return entry;
            }
        }
    }

    private ArchiveEntry? FileEntry(string targetCode, string sha256, string contentType, HashSet<string> written)
    {
        var path = $"evidence/{ArchivePaths.Segment(targetCode)}/{sha256}{Extension(contentType)}";
        return written.Add(path) ? ArchiveEntry.From(path, () => store.OpenRead(sha256)) : null;
    }

    private static string Extension(string contentType) => contentType switch
    {
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        "application/pdf" => ".pdf",
        "video/mp4" => ".mp4",
        "audio/mpeg" => ".mp3",
        "audio/mp4" => ".m4a",
        "audio/wav" => ".wav",
        "audio/aac" => ".aac",
        "audio/amr" => ".amr",
        "image/heic" => ".heic",
        "image/heif" => ".heif",
        "image/webp" => ".webp",
        "video/quicktime" => ".mov",
        "video/3gpp" => ".3gp",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => ".docx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => ".xlsx",
        _ => ".bin",
    };
}
