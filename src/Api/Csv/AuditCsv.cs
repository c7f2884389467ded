using System.Globalization;
using System.Text;
using DoubleRandom.Application.Auditing;
using DoubleRandom.Application.Common.Csv;
using DoubleRandom.Domain.Auditing;

namespace DoubleRandom.Api.Csv;

/// <summary>
/// Audit entries as CSV (RFC 4180, CRLF) for Excel: UTF-8 with a byte-order mark so Chinese opens
/// correctly, and every cell that a spreadsheet would run as a formula defused with a leading apostrophe.
/// </summary>
internal static class AuditCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly string[] Header =
    [
        "sequence", "occurredAtUtc", "actorId", "actorName", "actorRoles", "unitId", "action", "entityType", "entityId",
        "before", "after", "reason", "requestId", "clientAddress", "prevHash", "hash",
        "hashVersion", "payloadDigest", "payloadNonce", "redactedAtUtc",
    ];

    public static async Task WriteAsync(Stream body, IAsyncEnumerable<AuditEntry> entries, CancellationToken cancellationToken)
    {
        await body.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken);
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);
        writer.NewLine = "\r\n";
        await writer.WriteLineAsync(string.Join(',', Header));
        await foreach (var e in entries.WithCancellation(cancellationToken))
        {
            await writer.WriteLineAsync(string.Join(',',
                e.Sequence.ToString(CultureInfo.InvariantCulture), CanonicalJson.Timestamp(e.OccurredAtUtc),
                Cell(e.ActorId?.ToString("D")), Cell(e.ActorName), Cell(e.ActorRoles), Cell(e.UnitId?.ToString("D")),
                Cell(e.Action), Cell(e.EntityType), Cell(e.EntityId), Cell(LegacySecretMask.Apply(e.HashVersion, e.EntityType, e.Before)),
                Cell(LegacySecretMask.Apply(e.HashVersion, e.EntityType, e.After)), Cell(e.Reason),
                Cell(e.RequestId), Cell(e.ClientAddress), Cell(e.PrevHash), Cell(e.Hash),
                e.HashVersion.ToString(CultureInfo.InvariantCulture), Cell(e.PayloadDigest), Cell(e.PayloadNonce),
                e.RedactedAtUtc is { } redacted ? CanonicalJson.Timestamp(redacted) : string.Empty));
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static string Cell(string? value) => CsvCell.Cell(value);
}
