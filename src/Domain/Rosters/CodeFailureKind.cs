namespace DoubleRandom.Domain.Rosters;

/// <summary>What is wrong with a code, and where (positions count from 1).</summary>
public enum CodeFailureKind
{
    Empty,
    WrongLength,
    CharacterNotAllowed,
    RegionNotDigits,
    CheckCharacter,
    WrongPrefix,
    WrongFormat,
}
