using Mediator;

namespace DoubleRandom.Application.Inspections.Uploads.Queries.GetUpload;

public sealed class GetUploadHandler(UploadLookup lookup) : IQueryHandler<GetUploadQuery, UploadDto>
{
    public async ValueTask<UploadDto> Handle(GetUploadQuery query, CancellationToken cancellationToken) =>
        UploadLookup.ToDto(await lookup.FindOwnAsync(query.Id, cancellationToken));
}
