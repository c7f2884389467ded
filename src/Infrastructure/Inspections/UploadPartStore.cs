using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using DoubleRandom.Application.Draws;
using DoubleRandom.Application.Inspections.Uploads;

namespace DoubleRandom.Infrastructure.Inspections;

/// <summary>
/// Partial files named by the upload's id in the upload folder. A chunk goes to the file buffer by buffer as it is read
/// (64 KiB at a time, nothing held in memory) and is forced to disk at the end of the request, so what arrived before a
/// broken connection is kept. The whole file's SHA-256 is kept up as the bytes arrive while this instance saw every
/// byte in order; otherwise (a restart, another instance, a discarded chunk) it is computed by streaming the file once.
/// </summary>
public sealed class UploadPartStore(string folder, IAttachmentStore attachments) : IUploadPartStore
{
    private const int BufferSize = 1 << 16;

    private readonly ConcurrentDictionary<Guid, RunningHash> _hashes = new();

    public void Create(Guid uploadId)
    {
        Directory.CreateDirectory(folder);
        using var _ = new FileStream(PathOf(uploadId), FileMode.CreateNew, FileAccess.Write);
    }

    public async Task<AppendOutcome> AppendAsync(Guid uploadId, long offset, Stream body, long maxBytes, ChunkChecksum? checksum, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var running = TakeHash(uploadId, offset);
        using var chunkHash = checksum is null ? null : IncrementalHash.CreateHash(checksum.Algorithm == "sha1" ? HashAlgorithmName.SHA1 : HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        long written = 0;
        Exception? broken = null;
        var tooLong = false;
        await using var file = new FileStream(PathOf(uploadId), FileMode.Open, FileAccess.Write, FileShare.Read, bufferSize: 0, useAsync: true);
        try
        {
            if (file.Length != offset)
            {
                // Bytes past the recorded offset were never acknowledged (a crash before the row was saved): drop them.
                file.SetLength(offset);
            }

            file.Position = offset;
            while (true)
            {
                int read;
                try
                {
                    read = await body.ReadAsync(buffer.AsMemory(0, BufferSize), ct);
                }
                catch (Exception e) when (e is IOException or OperationCanceledException)
                {
                    broken = e;
                    break;
                }

                if (read == 0)
                {
                    break;
                }

                if (written + read > maxBytes)
                {
                    tooLong = true;
                    break;
                }

                // Not cancellable: bytes read from the client are written even when the client has gone meanwhile.
                await file.WriteAsync(buffer.AsMemory(0, read), CancellationToken.None);
                running?.Hash.AppendData(buffer, 0, read);
                chunkHash?.AppendData(buffer, 0, read);
                written += read;
            }

            var discard = tooLong
                || (chunkHash is not null && (broken is not null || !CryptographicOperations.FixedTimeEquals(chunkHash.GetHashAndReset(), checksum!.Digest)));
            if (discard)
            {
                file.SetLength(offset);
                written = 0;
                running?.Hash.Dispose();
                running = null;
            }

            file.Flush(flushToDisk: true);
            if (running is not null)
            {
                _hashes[uploadId] = running with { Offset = offset + written };
            }

            return new AppendOutcome(offset + written, ChecksumFailed: discard && !tooLong && broken is null, tooLong, broken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public async Task<string> Sha256Async(Guid uploadId, long length, CancellationToken ct)
    {
        if (_hashes.TryRemove(uploadId, out var running))
        {
            using (running.Hash)
            {
                if (running.Offset == length)
                {
                    return Convert.ToHexStringLower(running.Hash.GetHashAndReset());
                }
            }
        }

        await using var file = (FileStream)OpenRead(uploadId);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct));
    }

    public Stream OpenRead(Guid uploadId) =>
        new FileStream(PathOf(uploadId), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);

    public void Promote(Guid uploadId, string sha256) => attachments.Adopt(PathOf(uploadId), sha256);

    public void Delete(Guid uploadId)
    {
        if (_hashes.TryRemove(uploadId, out var running))
        {
            running.Hash.Dispose();
        }

        File.Delete(PathOf(uploadId));
    }

    /// <summary>The running hash if it stands exactly at <paramref name="offset"/>; a fresh one at 0; otherwise none.</summary>
    private RunningHash? TakeHash(Guid uploadId, long offset)
    {
        if (_hashes.TryRemove(uploadId, out var running))
        {
            if (running.Offset == offset)
            {
                return running;
            }

            running.Hash.Dispose();
        }

        return offset == 0 ? new RunningHash(IncrementalHash.CreateHash(HashAlgorithmName.SHA256), 0) : null;
    }

    private string PathOf(Guid uploadId) => Path.Combine(folder, $"{uploadId:N}.part");

    private sealed record RunningHash(IncrementalHash Hash, long Offset);
}
