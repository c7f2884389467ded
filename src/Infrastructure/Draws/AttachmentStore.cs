using System.Security.Cryptography;
using DoubleRandom.Application.Draws.Commands.Attachments;

namespace DoubleRandom.Infrastructure.Draws;

/// <summary>Files named by their SHA-256 under the attachments folder: the same file uploaded twice is kept once.</summary>
public sealed class AttachmentStore(string folder) : IAttachmentStore
{
    public async Task<(string Sha256, long Size)> SaveAsync(Stream content, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $"upload-{Guid.NewGuid():N}.tmp");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        await using (var file = File.Create(temporary))
        {
            var buffer = new byte[1 << 16];
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
                size += read;
            }
        }

        var sha = Convert.ToHexStringLower(hash.GetHashAndReset());
        File.Move(temporary, Path.Combine(folder, sha), overwrite: true);
        return (sha, size);
    }
}
