namespace DoubleRandom.Application.Inspections;

/// <summary>Port: lays a group's summary out as an A4 PDF in Chinese (signed with the bureau's certificate when configured).</summary>
public interface IGroupSummaryRenderer
{
    byte[] Render(GroupSummaryDto summary);
}
