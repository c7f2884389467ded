using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Inspections.Evidence;
using DoubleRandom.Domain.Inspections;
using Mediator;

namespace DoubleRandom.Application.Inspections.Uploads.Commands.AppendUpload;

public sealed class AppendUploadHandler(
    IApplicationDbContext db, IUploadPartStore parts, UploadLookup lookup, UploadLocks locks, UploadCompletion completion, TimeProvider clock, EvidenceLimits limits)
    : ICommandHandler<AppendUploadCommand, UploadDto>
{
    public async ValueTask<UploadDto> Handle(AppendUploadCommand command, CancellationToken cancellationToken)
    {
        using var held = await locks.AcquireAsync(command.Id, cancellationToken);
        var upload = await lookup.FindOwnAsync(command.Id, cancellationToken);
        if (upload.IsComplete)
        {
            // A retry of the last PATCH whose answer was lost: done already, answered as then (204, offset = length,
            // Evidence-Location); the body is not read.
            return UploadLookup.ToDto(upload);
        }

        await completion.EnsureStillAllowedAsync(upload, cancellationToken);
        if (command.Offset != upload.Offset)
        {
            throw OffsetMismatch(command, upload);
        }

        // The request's token ends the reading when the client goes; what was written is recorded regardless.
        var outcome = await parts.AppendAsync(upload.Id, upload.Offset, command.Body, upload.Length - upload.Offset, command.Checksum, cancellationToken);
        if (outcome.Offset != upload.Offset)
        {
            upload.Advance(outcome.Offset, clock.GetUtcNow().UtcDateTime.AddHours(limits.UploadExpiryHours));
            await SaveAsync(command, upload);
        }

        if (outcome.Broken is not null)
        {
            // The body broke off: what arrived is recorded above; the answer (204 with the offset) is for a client that
            // may still listen — one that has gone resumes with HEAD.
            return UploadLookup.ToDto(upload);
        }

        if (outcome.ChecksumFailed)
        {
            throw new ChecksumMismatchException(Text.Of(
                "本段数据与 Upload-Checksum 不符，已丢弃，请重发本段", "The chunk does not match its Upload-Checksum; it was discarded, send it again."));
        }

        if (outcome.TooLong)
        {
            throw RequestValidationException.ForField("Upload-Length", Text.Of(
                $"请求体超出了上传的剩余长度（共 {upload.Length} 字节）", $"The body is longer than what remains of the upload ({upload.Length} bytes in all)."));
        }

        if (upload.Offset == upload.Length && !upload.IsComplete)
        {
            try
            {
                await completion.CompleteAsync(upload, cancellationToken);
            }
            catch (ConflictException e) when (e.Code == StaleVersion)
            {
                throw OffsetMismatch(command, upload);
            }
        }

        return UploadLookup.ToDto(upload);
    }

    private const string StaleVersion = "stale-version";

    /// <summary>Another writer (another instance) saved this upload first: the client asks with HEAD and resumes.</summary>
    private async Task SaveAsync(AppendUploadCommand command, ResumableUpload upload)
    {
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (ConflictException e) when (e.Code == StaleVersion)
        {
            throw OffsetMismatch(command, upload);
        }
    }

    private static ConflictException OffsetMismatch(AppendUploadCommand command, ResumableUpload upload) =>
        new("upload-offset-mismatch", Text.Of(
            $"Upload-Offset 为 {command.Offset}，服务端已收到 {upload.Offset} 字节：请先用 HEAD 查询偏移再续传",
            $"Upload-Offset is {command.Offset} but the service holds {upload.Offset} bytes: ask with HEAD, then resume from there."), "Upload-Offset");
}
