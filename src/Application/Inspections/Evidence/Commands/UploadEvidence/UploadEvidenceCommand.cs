using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Inspections;
using Mediator;

namespace DoubleRandom.Application.Inspections.Evidence.Commands.UploadEvidence;

/// <summary>
/// A small file sent whole (multipart) as evidence for an assigned (task, target). <paramref name="Content"/> must be
/// seekable (the form file, buffered by the host): its type is sniffed before it is stored.
/// </summary>
[Unscoped("evidence is scoped by assignment to the caller's group (EvidenceAccess), not by unit")]
public sealed record UploadEvidenceCommand(
    Guid TaskId, string TargetCode, EvidenceKind Kind, string FileName, Stream Content, DateTime? CapturedAtUtc, double? Latitude, double? Longitude)
    : ICommand<EvidenceDto>;
