using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Draws;
using DoubleRandom.Domain.Inspections;
using Mediator;

namespace DoubleRandom.Application.Inspections.Evidence.Queries.GetEvidenceContent;

public sealed class GetEvidenceContentHandler(EvidenceLookup lookup, IAttachmentStore store, IAuditLog audit)
    : IQueryHandler<GetEvidenceContentQuery, EvidenceContent>
{
    public async ValueTask<EvidenceContent> Handle(GetEvidenceContentQuery query, CancellationToken cancellationToken)
    {
        var evidence = await lookup.FindReadableAsync(query.Id, cancellationToken);
        var content = store.OpenRead(evidence.Sha256) ?? throw new NotFoundException(EvidenceTexts.Evidence, evidence.Sha256);
        try
        {
            await audit.RecordReadAsync(nameof(InspectionEvidence), evidence.Id.ToString(), "evidence downloaded", cancellationToken);
        }
        catch
        {
            await content.DisposeAsync();
            throw;
        }

        return new EvidenceContent(content, evidence.ContentType, evidence.FileName, evidence.Sha256, evidence.UploadedAtUtc);
    }
}
