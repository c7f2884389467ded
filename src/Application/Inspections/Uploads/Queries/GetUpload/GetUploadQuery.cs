using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Inspections.Uploads.Queries.GetUpload;

/// <summary>tus HEAD: the caller's own upload's offset and length (404 for anyone else's).</summary>
[Unscoped("an upload is visible to its uploader only (UploadLookup)")]
public sealed record GetUploadQuery(Guid Id) : IQuery<UploadDto>;
