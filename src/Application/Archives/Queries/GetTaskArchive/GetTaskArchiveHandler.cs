using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Archives.Queries.GetTaskArchive;

public sealed class GetTaskArchiveHandler(IApplicationDbContext db) : IQueryHandler<GetTaskArchiveQuery, TaskArchiveDto>
{
    public async ValueTask<TaskArchiveDto> Handle(GetTaskArchiveQuery query, CancellationToken cancellationToken)
    {
        var archive = await db.TaskArchives.AsNoTracking().FirstOrDefaultAsync(a => a.TaskId == query.TaskId, cancellationToken)
            ?? throw new NotFoundException(RecordNames.TaskArchive, query.TaskId);
        return TaskArchiveDto.From(archive);
    }
}
