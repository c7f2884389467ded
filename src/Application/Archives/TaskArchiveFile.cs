namespace DoubleRandom.Application.Archives;

/// <summary>The ZIP of a task's archive, opened for download, with the task's name for the file name.</summary>
public sealed record TaskArchiveFile(Stream Content, string TaskName, TaskArchiveDto Archive);
