using DoubleRandom.Domain.Identity;

namespace DoubleRandom.Application.Inspections;

/// <summary>
/// The roles that oversee inspections — administrators, operators, leaders, supervisors, analysts: they read records and
/// summaries of the tasks in their data scope rather than by group membership. One list for records and summaries.
/// </summary>
public static class InspectionOverseers
{
    private static readonly string[] OverseerRoles = [Roles.Administrator, Roles.Operator, Roles.Leader, Roles.Supervisor, Roles.Analyst];

    /// <summary>Whether any of these roles oversees inspections.</summary>
    public static bool Includes(IEnumerable<string> roles) => roles.Any(r => OverseerRoles.Contains(r, StringComparer.Ordinal));
}
