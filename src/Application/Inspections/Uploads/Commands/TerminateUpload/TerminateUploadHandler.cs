using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Inspections.Evidence;
using Mediator;

namespace DoubleRandom.Application.Inspections.Uploads.Commands.TerminateUpload;

public sealed class TerminateUploadHandler(UploadLookup lookup, UploadLocks locks) : ICommandHandler<TerminateUploadCommand>
{
    public async ValueTask<Unit> Handle(TerminateUploadCommand command, CancellationToken cancellationToken)
    {
        using var held = await locks.AcquireAsync(command.Id, cancellationToken);
        var upload = await lookup.FindOwnAsync(command.Id, cancellationToken);
        if (upload.IsComplete)
        {
            // Finished: it is evidence now, which a DELETE of the upload does not remove.
            throw new NotFoundException(EvidenceTexts.Upload, command.Id);
        }

        await lookup.RemoveAsync(upload);
        return Unit.Value;
    }
}
