using DoubleRandom.Application.Common.Json;
using DoubleRandom.Application.Rosters.Reference.Queries.ListEnums;
using DoubleRandom.Domain.Rosters;
using Mediator;

namespace DoubleRandom.Application.Rosters.Reference.Queries.ListRosterEnums;

public sealed class ListRosterEnumsHandler : IQueryHandler<ListRosterEnumsQuery, RosterEnumsDto>
{
    private static readonly RosterEnumsDto Enums = new(
        Values<TargetKind>(k => k.DisplayName()),
        Values<TargetStatus>(s => s.DisplayName()),
        Values<RiskTier>(EnumCatalogue.RiskTierName),
        Values<CreditClass>(EnumCatalogue.CreditClassName),
        Values<OfficerStatus>(s => s.DisplayName()),
        Values<RecusalReason>(r => r.DisplayName()));

    public ValueTask<RosterEnumsDto> Handle(ListRosterEnumsQuery query, CancellationToken cancellationToken) => ValueTask.FromResult(Enums);

    private static List<EnumValueDto> Values<T>(Func<T, (string Chinese, string English)> name)
        where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new EnumValueDto(EnumWire.Name(v), name(v).Chinese, name(v).English)).ToList();
}
