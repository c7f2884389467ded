using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Archives.Queries.VerifyArchive;

/// <summary>
/// Checks an uploaded archive ZIP against its manifest and, when its task is one the caller sees and it has an archive,
/// the manifest against the one stored. <paramref name="Content"/> must be seekable (the form file, buffered by the host).
/// </summary>
[Unscoped("the ZIP names its task; the stored manifest is compared only for a task in the caller's scope (TaskVisibility)")]
public sealed record VerifyArchiveQuery(string FileName, Stream Content) : IQuery<ArchiveVerification>;
