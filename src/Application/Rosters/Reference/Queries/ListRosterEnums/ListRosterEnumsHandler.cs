using DoubleRandom.Application.Common.Json;
using DoubleRandom.Domain.Rosters;
using Mediator;

namespace DoubleRandom.Application.Rosters.Reference.Queries.ListRosterEnums;

public sealed class ListRosterEnumsHandler : IQueryHandler<ListRosterEnumsQuery, RosterEnumsDto>
{
    private static readonly RosterEnumsDto Enums = new(
        Values<TargetKind>(k => k.DisplayName()),
        Values<TargetStatus>(s => s.DisplayName()),
        Values<RiskTier>(t => ($"{t} 级", $"Tier {t}")),
        Values<CreditClass>(c => c switch
        {
            CreditClass.A => ("A 类（信用风险低）", "Class A (low credit risk)"),
            CreditClass.B => ("B 类（信用风险一般）", "Class B (moderate credit risk)"),
            CreditClass.C => ("C 类（信用风险较高）", "Class C (elevated credit risk)"),
            _ => ("D 类（信用风险高）", "Class D (high credit risk)"),
        }),
        Values<OfficerStatus>(s => s.DisplayName()),
        Values<RecusalReason>(r => r.DisplayName()));

    public ValueTask<RosterEnumsDto> Handle(ListRosterEnumsQuery query, CancellationToken cancellationToken) => ValueTask.FromResult(Enums);

    private static List<EnumValueDto> Values<T>(Func<T, (string Chinese, string English)> name)
        where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new EnumValueDto(EnumWire.Name(v), name(v).Chinese, name(v).English)).ToList();
}
