namespace DoubleRandom.Domain.Drawing;

/// <summary>
/// The DR1 input rules (§1–§3) as field errors. Broken input is refused before prepare; the
/// engine refuses it again rather than draw from something the protocol does not define.
/// </summary>
public static class Dr1Validation
{
    /// <summary>A snapshot with a million broken rows needs a few examples, not a million errors.</summary>
    public const int MaxErrors = 50;

    public static IReadOnlyList<DrawFieldError> ValidateParameters(Dr1Parameters parameters)
    {
        var errors = new List<DrawFieldError>();
        ParameterRules.Check(parameters, errors);
        return errors;
    }

    /// <summary>Parameters and all three snapshots (leaf syntax, known strata, uniqueness).</summary>
    public static IReadOnlyList<DrawFieldError> Validate(Dr1Input input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<DrawFieldError>();
        Check(input, errors);
        return errors;
    }

    internal static TargetTable? Check(Dr1Input input, List<DrawFieldError> errors)
    {
        ParameterRules.Check(input.Parameters, errors);
        if (errors.Count > 0)
        {
            return null;
        }

        if (input.Targets.Count > Dr1Limits.MaxTargets)
        {
            errors.Add(new DrawFieldError("targets", "a snapshot holds at most 2^26 targets", "名录快照最多 2^26 户检查对象"));
            return null;
        }

        var table = TargetTable.Build(input.Parameters, input.Targets, errors, MaxErrors);
        SnapshotRules.CheckOfficers(input.Officers, errors);
        SnapshotRules.CheckRecusals(input.Recusals, errors);
        return table;
    }
}
