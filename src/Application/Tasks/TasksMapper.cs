using DoubleRandom.Application.Tasks.Items;
using DoubleRandom.Domain.Tasks;
using Riok.Mapperly.Abstractions;

namespace DoubleRandom.Application.Tasks;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class TasksMapper
{
    public static partial TaskDto ToDto(this InspectionTask task);

    public static partial InspectionItemDto ToDto(this InspectionItem item);
}
