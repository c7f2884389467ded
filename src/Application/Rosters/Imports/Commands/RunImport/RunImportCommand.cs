using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Rosters.Imports.Commands.RunImport;

/// <summary>
/// Runs one queued import job to its end (import-roster, step 2 of 2 after StartImport). Sent by the background
/// worker, in a scope acting for the job's uploader: their units bound what the import may touch, and the rows
/// and audit entries it writes name them.
/// </summary>
[Unscoped("sent by the import worker only, never by an endpoint, acting for the job's own uploader")]
public sealed record RunImportCommand(Guid ImportJobId) : ICommand;
