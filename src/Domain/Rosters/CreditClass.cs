using System.Text.Json.Serialization;

namespace DoubleRandom.Domain.Rosters;

/// <summary>信用风险分类 A–D, A the best credit.</summary>
public enum CreditClass
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
