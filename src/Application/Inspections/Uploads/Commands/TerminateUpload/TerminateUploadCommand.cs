using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Inspections.Uploads.Commands.TerminateUpload;

/// <summary>tus termination: the caller's own unfinished upload and its partial file are removed.</summary>
[Unscoped("an upload is visible to its uploader only (UploadLookup)")]
public sealed record TerminateUploadCommand(Guid Id) : ICommand;
