using System.Text.Json.Serialization;

namespace DoubleRandom.Domain.Rosters;

/// <summary>风险等级 A–D, A the lowest risk. Null means not rated. Written as capitals in JSON, as everywhere else.</summary>
public enum RiskTier
{
    [JsonStringEnumMemberName("A")]
    A,
    [JsonStringEnumMemberName("B")]
    B,
    [JsonStringEnumMemberName("C")]
    C,
    [JsonStringEnumMemberName("D")]
    D,
}
