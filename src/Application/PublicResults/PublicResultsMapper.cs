using DoubleRandom.Domain.Publication;
using Riok.Mapperly.Abstractions;

namespace DoubleRandom.Application.PublicResults;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class PublicResultsMapper
{
    public static PublicResultDto ToDto(this PublishedResult r) => new(
        r.TargetName, r.TargetCode, r.ItemName, r.ResultCategoryCode, r.ResultCategoryNameZh, r.ResultCategoryNameEn, r.InspectedOn,
        r.PublishedOn, r.TaskId, r.TaskName, r.Year, r.Authority, r.CorrectedOn is not null, r.CorrectedOn);
}
