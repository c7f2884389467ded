using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DoubleRandom.Application.Common.Json;
using DoubleRandom.Domain.Draws;

namespace DoubleRandom.Application.Draws;

/// <summary>
/// The digest of a draw's approved amendments, printed on the record beside the sealed result digest (ADR 0015): SHA-256,
/// lower-case hex, of the UTF-8 lines, joined by <c>\n</c>, one per approved amendment in order of approval (time, then id):
/// <c>id|kind|groupNumber|officerId|replacementOfficerId|targetCode|reason|resultDigest|decidedBy|decidedAtUtc</c>, with the
/// fields as <c>GET /api/v1/draws/{id}/amendments</c> returns them (enum wire names, ids in the "D" form, an absent value
/// empty, the time as <c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c>). Null when no amendment was approved.
/// </summary>
public static class AmendmentListDigest
{
    public static string? Of(IEnumerable<DrawAmendment> amendments)
    {
        ArgumentNullException.ThrowIfNull(amendments);
        var lines = amendments.Where(a => a.Status == AmendmentStatus.Approved).OrderBy(a => a.DecidedAtUtc).ThenBy(a => a.Id)
            .Select(Line).ToList();
        return lines.Count == 0 ? null : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
    }

    public static string Line(DrawAmendment a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return string.Join('|',
            a.Id.ToString(), EnumWire.Name(a.Kind), a.GroupNumber.ToString(CultureInfo.InvariantCulture), a.OfficerId?.ToString() ?? string.Empty,
            a.ReplacementOfficerId?.ToString() ?? string.Empty, a.TargetCode ?? string.Empty, EnumWire.Name(a.Reason), a.ResultDigest,
            a.DecidedBy ?? string.Empty, a.DecidedAtUtc?.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture) ?? string.Empty);
    }
}
