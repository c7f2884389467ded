using DoubleRandom.Application.Common.Localization;
using Mediator;

namespace DoubleRandom.Application.Rosters.Reference.Queries.ListEnums;

public sealed class ListEnumsHandler : IQueryHandler<ListEnumsQuery, IReadOnlyList<EnumNamesDto>>
{
    public ValueTask<IReadOnlyList<EnumNamesDto>> Handle(ListEnumsQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<EnumNamesDto>>(
        [
            .. EnumCatalogue.All.Select(e => new EnumNamesDto(
                e.Schema,
                Text.Of(e.Name.Chinese, e.Name.English),
                [.. e.Values.Select(v => new EnumValueNameDto(v.Value, Text.Of(v.Name.Chinese, v.Name.English)))])),
        ]);
}
