using DoubleRandom.Domain.Publication;

namespace DoubleRandom.Application.PublicResults.Queries.ExportPublication;

/// <summary>What the export writes: the task (for the file name), the encoding, and the rows in file order, read as they are written.</summary>
public sealed record PublicationExport(string TaskName, DateOnly PublishedOn, PublicationCsvEncoding Encoding, IAsyncEnumerable<PublishedResult> Rows);
