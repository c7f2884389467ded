using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Draws;
using DoubleRandom.Domain.Inspections;
using Mediator;

namespace DoubleRandom.Application.Inspections.Records.Queries.GetSignature;

public sealed class GetSignatureHandler(RecordAccess access, IAttachmentStore store, IAuditLog audit) : IQueryHandler<GetSignatureQuery, SignatureFile>
{
    public async ValueTask<SignatureFile> Handle(GetSignatureQuery query, CancellationToken cancellationToken)
    {
        var record = await access.ReadableAsync(query.Id, cancellationToken);
        if (record.AcknowledgementKind != AcknowledgementKind.Signed || record.SignatureSha256 is not { } sha)
        {
            throw new NotFoundException(Text.Of("签名", "Signature"), query.Id);
        }

        var content = store.OpenRead(sha) ?? throw new NotFoundException(Text.Of("签名文件", "Signature file"), sha);
        try
        {
            await audit.RecordReadAsync(nameof(InspectionRecord), record.Id.ToString(), "signature downloaded", cancellationToken);
        }
        catch
        {
            await content.DisposeAsync();
            throw;
        }

        return new SignatureFile(content, record.SignatureContentType!, sha, record.AcknowledgedAtUtc!.Value);
    }
}
