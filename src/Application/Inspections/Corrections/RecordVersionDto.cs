using DoubleRandom.Application.Inspections.Records;

namespace DoubleRandom.Application.Inspections.Corrections;

/// <summary>
/// One version of a record's results (§7.2): version 1 is the results as they became final (made by the recorder), each
/// later one the content of an approved correction (made by the approving leader, <see cref="CorrectionId"/> and its
/// <see cref="Reason"/>). <see cref="Current"/> marks the record's current results.
/// </summary>
public sealed record RecordVersionDto(
    int Version,
    IReadOnlyList<ItemResultDto> Items,
    string MadeBy,
    DateTime MadeAtUtc,
    Guid? CorrectionId,
    string? Reason,
    bool Current);
