namespace DoubleRandom.Application.Archives;

/// <summary>What every section knows of the task it archives; <paramref name="VerifyBaseUrl"/> is printed in the draw record.</summary>
public sealed record ArchiveContext(Guid TaskId, string TaskName, int TaskYear, Guid? DrawId, string VerifyBaseUrl);
