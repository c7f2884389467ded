namespace DoubleRandom.Application.Draws.Queries.GetAttachment;

/// <summary>A stored attachment as it is sent back: its content and what the response says about it.</summary>
public sealed record AttachmentFile(Stream Content, string ContentType, string FileName, string Sha256, DateTime UploadedAtUtc);
