using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Imports;

/// <summary>
/// Port: the one owner of an upload's life on disk. It saves the upload (StartImport), gives its path to the row
/// reader (RunImport), and deletes it: when the upload is refused, when the job ends (succeeded, rejected or failed).
/// No other code creates or deletes an upload. The report of a job is written here too and stays for download.
/// </summary>
public interface IImportFileStore
{
    /// <summary>Saves an upload under a new name, hashing it on the way (SHA-256, lower-case hex).</summary>
    /// <param name="extension">The upload's extension (.csv, .xlsx, .txt), kept so the stored file reads as its kind.</param>
    Task<StoredUpload> SaveUploadAsync(Stream content, string extension, CancellationToken cancellationToken);

    /// <summary>Removes an upload; a file that cannot be removed now is only disk space, so this never throws for it.</summary>
    void DeleteUpload(string storedPath);

    /// <summary>Creates (or replaces) the job's report, to be written by the import.</summary>
    Stream CreateReport(ImportJob job);

    /// <summary>The job's report, or null when there is none (yet).</summary>
    string? FindReport(ImportJob job);
}
