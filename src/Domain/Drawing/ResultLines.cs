using System.Globalization;
using System.Text;

namespace DoubleRandom.Domain.Drawing;

/// <summary>DR1 §9: the result lines and their digest.</summary>
public static class ResultLines
{
    /// <summary>
    /// A failed draw has no groups to list, so its whole result is this one line. The protocol
    /// leaves the form open; one fixed line keeps the failure sealable and recomputable.
    /// </summary>
    public static string FailureLine(string reason) => "F|" + reason;

    public static IReadOnlyList<string> Build(
        IReadOnlyList<DrawnGroup> groups, IReadOnlyList<DrawnTarget> targets, IReadOnlyList<StratumOutcome> strata)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(strata);
        var lines = new List<string>(groups.Count + targets.Count + strata.Count);
        lines.AddRange(groups.Select(g =>
            string.Create(CultureInfo.InvariantCulture, $"G|{g.Number}|{g.LeaderId}|{string.Join(',', g.MemberIds)}")));
        lines.AddRange(targets.OrderBy(t => t.Code, StringComparer.Ordinal).Select(t => string.Create(
            CultureInfo.InvariantCulture,
            $"S|{t.Code}|{t.Stratum}|{t.Weight}|{Uniforms.Hex64(t.Lambda)}|{(t.Q is { } q ? Uniforms.Hex64(q) : "-")}|{(t.Group is { } g ? g.ToString(CultureInfo.InvariantCulture) : "-")}")));
        lines.AddRange(strata.OrderBy(s => s.Stratum, StringComparer.Ordinal).Select(s => string.Create(
            CultureInfo.InvariantCulture,
            $"N|{s.Stratum}|{s.Population}|{s.SampleSize}|{s.Remaining}|{s.RemainingWeight}|{(s.Threshold is { } t ? Uniforms.Hex64(t) : "-")}")));
        return lines;
    }

    /// <summary>hex(H(all lines, each ending in '\n')).</summary>
    public static string Digest(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        return Dr1Hashes.Sha256Hex(text.ToString());
    }
}
