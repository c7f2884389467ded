using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DoubleRandom.Application.Evaluation.Jobs;

/// <summary>
/// The inputs' fingerprint of a report: SHA-256 (lower-case hex) of one line each — the schema (<c>er-1</c>), from, to,
/// the sorted unit ids, department codes and industry sections, the active model version (<c>-</c> when none) and the
/// data digest. Two jobs with the same fingerprint compute the same figures.
/// </summary>
public static class EvaluationFingerprint
{
    public const string Schema = "er-1";

    public static string Of(DateOnly from, DateOnly to, EvaluationScopeDto scope, int? modelVersion, string dataDigest)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var canonical = EvaluationScopeDto.Canonical(scope.UnitIds, scope.DepartmentCodes, scope.IndustrySections);
        var text = string.Join('\n',
            Schema,
            from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "units:" + string.Join(',', canonical.UnitIds.Select(u => u.ToString("D"))),
            "departments:" + string.Join(',', canonical.DepartmentCodes),
            "industries:" + string.Join(',', canonical.IndustrySections),
            "model:" + (modelVersion?.ToString(CultureInfo.InvariantCulture) ?? "-"),
            "data:" + dataDigest);
        return Hex(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>SHA-256 of <paramref name="bytes"/>, lower-case hex.</summary>
    public static string Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
