using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Imports;

/// <summary>Where a running import is: rows read of the file, and its phase with the progress within it.</summary>
public sealed record ImportLiveProgress(long RowsDone, long? RowsTotal, ImportJobPhase Phase, long PhaseDone, long? PhaseTotal);
