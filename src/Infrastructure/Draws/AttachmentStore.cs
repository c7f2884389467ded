using System.Security.Cryptography;
using DoubleRandom.Application.Draws;

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
        try
        {
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
            File.Move(temporary, PathOf(sha), overwrite: true);
            return (sha, size);
        }
        catch
        {
            // A cancelled or broken upload (client gone, disk full) leaves no partial file behind.
            File.Delete(temporary);
            throw;
        }
    }

    public string TemporaryPath()
    {
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"build-{Guid.NewGuid():N}.tmp");
    }

    public void Adopt(string path, string sha256)
    {
        Directory.CreateDirectory(folder);
        File.Move(path, PathOf(sha256), overwrite: true);
    }

    public Stream? OpenRead(string sha256)
    {
        var path = PathOf(sha256);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true) : null;
    }

    public void Delete(string sha256) => File.Delete(PathOf(sha256));

    /// <summary>Only a lowercase SHA-256 names a stored file: nothing else can reach outside the folder.</summary>
    private string PathOf(string sha256) =>
        sha256.Length == 64 && sha256.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f')
            ? Path.Combine(folder, sha256)
            : throw new ArgumentException("Not a SHA-256 in lowercase hex.", nameof(sha256));
}
