using DoubleRandom.Application.Rosters.Officers;
using DoubleRandom.Application.Rosters.Recusals;
using DoubleRandom.Application.Rosters.Targets;
using DoubleRandom.Domain.Rosters;
using Riok.Mapperly.Abstractions;

namespace DoubleRandom.Application.Rosters;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class RostersMapper
{
    public static partial TargetDto ToDto(this Target target);

    /// <summary><c>certified</c>: the officer holds a certificate valid on <paramref name="today"/> (Asia/Shanghai).</summary>
    public static OfficerDto ToDto(this Officer officer, DateOnly today) => officer.ToDto(certified: officer.IsCertifiedOn(today));

    public static partial RecusalDto ToDto(this Recusal recusal);

    private static partial OfficerDto ToDto(this Officer officer, bool certified);

    /// <summary>The stored <c>|a|b|</c> lists (<see cref="TagList"/>) become arrays.</summary>
    private static IReadOnlyList<string> SplitTags(string tags) => TagList.Split(tags);
}
