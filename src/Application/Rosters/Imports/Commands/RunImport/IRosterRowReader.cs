namespace DoubleRandom.Application.Rosters.Imports.Commands.RunImport;

/// <summary>
/// Port: decodes a stored upload into rows of cells. Infrastructure implements it (CSV in UTF-8 or GB18030, XLSX),
/// within <see cref="ImportLimits"/>; the use case never sees bytes or encodings.
/// </summary>
public interface IRosterRowReader
{
    /// <summary>Opens the upload for reading, or null when it is neither text nor XLSX (binary content).</summary>
    /// <param name="storedPath">The job's stored upload (<see cref="IImportFileStore.SaveUploadAsync"/>).</param>
    /// <param name="encoding">The encoding the uploader asked for: auto, utf-8 or gb18030.</param>
    RosterFile? Open(string storedPath, string encoding);
}
