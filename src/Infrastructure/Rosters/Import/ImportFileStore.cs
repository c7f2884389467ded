using System.Security.Cryptography;
using DoubleRandom.Application.Rosters.Imports;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>Uploads and reports in one folder (<c>Imports:Folder</c>): <c>{id}.csv</c> and <c>{id}.csv.report.csv</c>.</summary>
public sealed class ImportFileStore(string root) : IImportFileStore
{
    public async Task<StoredUpload> SaveUploadAsync(Stream content, string extension, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(root);
        var path = Path.Combine(root, $"{Guid.NewGuid():N}{extension}");
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[1 << 16];
            long bytes = 0;
            await using (var target = File.Create(path))
            {
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    bytes += read;
                }
            }

            return new StoredUpload(path, Convert.ToHexStringLower(hash.GetHashAndReset()), bytes);
        }
        catch
        {
            // Interrupted (a client that disconnects, a full disk): no half upload stays behind.
            DeleteUpload(path);
            throw;
        }
    }

    public void DeleteUpload(string storedPath)
    {
        try
        {
            File.Delete(storedPath);
        }
        catch (IOException)
        {
            // A file that cannot be removed now is only disk space; the job's outcome does not depend on it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public Stream CreateReport(ImportJob job) => File.Create(ReportPath(job));

    public string? FindReport(ImportJob job) => File.Exists(ReportPath(job)) ? ReportPath(job) : null;

    private static string ReportPath(ImportJob job) => job.StoredPath + ".report.csv";
}
