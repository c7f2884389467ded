namespace DoubleRandom.Application.Archives;

/// <summary>
/// One part of a task's electronic archive (ADR 0026): the entries it adds for a task, in the order they are written.
/// Every implementation registered in DI is asked, by <see cref="Order"/>, so a new part (corrections, follow-up
/// history, publication) is added by registering a section — the builder does not change. Entries are written one at a
/// time, straight into the ZIP: a section streams its rows and must not hold the whole task in memory.
/// </summary>
public interface IArchiveSection
{
    /// <summary>Where the section's entries go among the others (ascending; ties by <see cref="Folder"/>).</summary>
    int Order { get; }

    /// <summary>The folder of the ZIP the section's entries live under (e.g. <c>draw</c>, <c>records</c>).</summary>
    string Folder { get; }

    /// <summary>The entries of the task; each path starts with <see cref="Folder"/> and <c>/</c>.</summary>
    IAsyncEnumerable<ArchiveEntry> EntriesAsync(ArchiveContext context, CancellationToken ct);
}
