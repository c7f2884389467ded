namespace DoubleRandom.Domain.Rosters;

public sealed record CodeFailure(CodeFailureKind Kind, int Position = 0, char Found = '\0', char Expected = '\0', int Length = 0);
