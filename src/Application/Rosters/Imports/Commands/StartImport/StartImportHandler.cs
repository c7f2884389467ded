using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Rosters.Imports.Queries.GetImportJob;
using DoubleRandom.Domain.Rosters;
using Mediator;

namespace DoubleRandom.Application.Rosters.Imports.Commands.StartImport;

public sealed class StartImportHandler(
    IApplicationDbContext db, IImportFileStore files, IRosterFileProbe probe, IImportJobQueue queue, ICurrentActor actor, TimeProvider clock,
    IMediator mediator)
    : ICommandHandler<StartImportCommand, ImportJobDto>
{
    public async ValueTask<ImportJobDto> Handle(StartImportCommand command, CancellationToken cancellationToken)
    {
        // Saved before the job is queued: the import outlives the request (and a client that disconnects).
        var upload = await files.SaveUploadAsync(command.Content, Path.GetExtension(command.FileName).ToLowerInvariant(), cancellationToken);
        var id = Guid.CreateVersion7();
        try
        {
            var errors = probe.Probe(upload.Path, command.FileName, command.Roster, command.Encoding);
            if (errors.Count > 0)
            {
                throw new RequestValidationException(errors);
            }

            db.ImportJobs.Add(ImportJob.Queue(id, command.Roster, command.Mode, command.FileName, upload.Path, upload.Sha256, upload.Bytes,
                command.Encoding, actor.Name, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // Refused or interrupted before a job owns it: the upload must not linger.
            files.DeleteUpload(upload.Path);
            throw;
        }

        // Read before the worker can start it, so the 202 shows the job as queued; queued whatever happens to the read
        // (a client that disconnects, a failed query), so a saved job never waits for a restart.
        try
        {
            return await mediator.Send(new GetImportJobQuery(id), CancellationToken.None);
        }
        finally
        {
            queue.Enqueue(id);
        }
    }
}
