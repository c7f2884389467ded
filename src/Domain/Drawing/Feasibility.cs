namespace DoubleRandom.Domain.Drawing;

/// <summary>
/// Checks that need the snapshots but not the seed, run before prepare so that a draw is not
/// committed to when it cannot succeed. They are necessary, not sufficient: group formation can
/// still fail when one officer would have to fill two needs at once.
/// </summary>
public static class Feasibility
{
    public static IReadOnlyList<DrawFieldError> Check(Dr1Input input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Check(input.Parameters, input.Targets, input.Officers);
    }

    public static IReadOnlyList<DrawFieldError> Check(
        Dr1Parameters parameters, IReadOnlyList<TargetLeaf> targets, IReadOnlyList<OfficerLeaf> officers)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(officers);
        var errors = new List<DrawFieldError>();
        var g = parameters.Groups;
        var leaders = officers.Count(o => o.Leader);
        if (leaders < g)
        {
            errors.Add(new DrawFieldError(
                "groups",
                $"only {leaders} leader-eligible officers in scope for {g} groups",
                $"范围内仅有 {leaders} 名可任组长的执法人员，少于 {g} 个检查组"));
        }

        if (parameters.RequiredDepartments.Count > parameters.OfficersPerGroup)
        {
            errors.Add(new DrawFieldError(
                "requiredDepartments",
                $"{parameters.RequiredDepartments.Count} required departments cannot fit in groups of {parameters.OfficersPerGroup}",
                $"{parameters.RequiredDepartments.Count} 个联合检查部门无法容纳于每组 {parameters.OfficersPerGroup} 人的检查组"));
        }

        for (var i = 0; i < parameters.RequiredDepartments.Count; i++)
        {
            var department = parameters.RequiredDepartments[i];
            var available = officers.Count(o => string.Equals(o.Department, department, StringComparison.Ordinal));
            if (available < g)
            {
                errors.Add(new DrawFieldError(
                    $"requiredDepartments[{i}]",
                    $"only {available} officers of department {department} in scope for {g} groups",
                    $"范围内仅有 {available} 名 {department} 部门的执法人员，少于 {g} 个检查组"));
            }
        }

        var certified = officers.Count(o => o.Certified);
        var certifiedNeeded = (long)g * parameters.MinCertifiedPerGroup;
        if (certified < certifiedNeeded)
        {
            errors.Add(new DrawFieldError(
                "minCertifiedPerGroup",
                $"only {certified} certified officers in scope, {g} groups need {certifiedNeeded}",
                $"范围内仅有 {certified} 名持证执法人员，{g} 个检查组共需 {certifiedNeeded} 名"));
        }

        var needed = (long)g * parameters.OfficersPerGroup;
        if (officers.Count < needed)
        {
            errors.Add(new DrawFieldError(
                "officersPerGroup",
                $"only {officers.Count} officers in scope, {g} groups of {parameters.OfficersPerGroup} need {needed}",
                $"范围内仅有 {officers.Count} 名执法人员，{g} 个检查组每组 {parameters.OfficersPerGroup} 人共需 {needed} 名"));
        }

        var drawn = parameters.StratumSizes(targets).Sum(s => (long)s.SampleSize);
        var capacity = (long)g * parameters.TargetsPerGroup;
        if (capacity < drawn)
        {
            errors.Add(new DrawFieldError(
                "targetsPerGroup",
                $"{g} groups of {parameters.TargetsPerGroup} targets cannot take the {drawn} targets to draw",
                $"{g} 个检查组每组 {parameters.TargetsPerGroup} 户，容纳不下应抽取的 {drawn} 户检查对象"));
        }

        return errors;
    }
}
