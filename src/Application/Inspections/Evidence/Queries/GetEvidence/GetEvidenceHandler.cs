using Mediator;

namespace DoubleRandom.Application.Inspections.Evidence.Queries.GetEvidence;

public sealed class GetEvidenceHandler(EvidenceLookup lookup) : IQueryHandler<GetEvidenceQuery, EvidenceDto>
{
    public async ValueTask<EvidenceDto> Handle(GetEvidenceQuery query, CancellationToken cancellationToken) =>
        EvidenceDto.From(await lookup.FindReadableAsync(query.Id, cancellationToken));
}
