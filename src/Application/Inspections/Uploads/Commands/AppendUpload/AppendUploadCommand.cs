using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Inspections.Uploads.Commands.AppendUpload;

/// <summary>
/// tus PATCH: the bytes of <paramref name="Body"/> continue the caller's own upload at <paramref name="Offset"/>, which
/// must be the offset the service holds (409 otherwise). The bytes that arrive are kept even when the body breaks off;
/// with a <paramref name="Checksum"/> the chunk is kept whole or not at all (460). The last byte turns the upload into
/// evidence, or refuses it when its SHA-256 or its type does not fit.
/// </summary>
[Unscoped("an upload is visible to its uploader only (UploadLookup)")]
public sealed record AppendUploadCommand(Guid Id, long Offset, Stream Body, ChunkChecksum? Checksum) : ICommand<UploadDto>;
