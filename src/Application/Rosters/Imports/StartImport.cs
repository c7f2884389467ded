using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Rosters;
using Mediator;

namespace DoubleRandom.Application.Rosters.Imports;

/// <summary>
/// Queues an import of an uploaded file that the API has already saved at <paramref name="StoredPath"/>.
/// A file that cannot be imported at all (empty, binary, wrong columns) is refused at once and removed.
/// </summary>
/// <param name="FileSha256">SHA-256 of the upload (lower-case hex), computed while it was saved.</param>
public sealed record StartImportCommand(
    ImportRoster Roster, ImportMode Mode, string FileName, string StoredPath, string FileSha256, long FileBytes, string Encoding)
    : ICommand<ImportJobDto>;

public sealed class StartImportHandler(
    IApplicationDbContext db, IRosterFileProbe probe, IImportJobQueue queue, ICurrentActor actor, TimeProvider clock, IMediator mediator)
    : ICommandHandler<StartImportCommand, ImportJobDto>
{
    public async ValueTask<ImportJobDto> Handle(StartImportCommand command, CancellationToken cancellationToken)
    {
        var errors = probe.Probe(command.StoredPath, command.FileName, command.Roster, command.Encoding);
        if (errors.Count > 0)
        {
            File.Delete(command.StoredPath);
            throw new RequestValidationException(errors);
        }

        var id = Guid.CreateVersion7();
        var job = ImportJob.Queue(id, command.Roster, command.Mode, command.FileName, command.StoredPath, command.FileSha256, command.FileBytes,
            command.Encoding, actor.Name, clock.GetUtcNow().UtcDateTime);
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        queue.Enqueue(id);
        return await mediator.Send(new GetImportJobQuery(id), cancellationToken);
    }
}
