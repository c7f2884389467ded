using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Imports;

/// <summary>Reads a stored upload far enough to refuse it at once: empty, binary, unreadable, wrong columns.</summary>
public interface IRosterFileProbe
{
    /// <summary>Field errors (keyed <c>file</c>, <c>encoding</c> or <c>columns</c>), empty when the file looks importable.</summary>
    IReadOnlyDictionary<string, string[]> Probe(string path, string fileName, ImportRoster roster, string encoding);
}
