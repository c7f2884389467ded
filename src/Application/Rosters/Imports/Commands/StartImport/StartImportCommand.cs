using DoubleRandom.Domain.Rosters;
using Mediator;

namespace DoubleRandom.Application.Rosters.Imports.Commands.StartImport;

/// <summary>
/// import-roster, step 1 of 2: queues an import of an upload. The file store saves <paramref name="Content"/>, the job is queued for the
/// background worker (RunImport), and the client polls it. A file that cannot be imported at all (empty, binary,
/// wrong columns) is refused at once and removed.
/// </summary>
/// <param name="FileName">The upload's file name as the client sent it (no folders); its extension says CSV or XLSX.</param>
public sealed record StartImportCommand(ImportRoster Roster, ImportMode Mode, string FileName, Stream Content, string Encoding)
    : ICommand<ImportJobDto>;
