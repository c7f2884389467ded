using System.Security.Cryptography;
using System.Text;
using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Draws;
using DoubleRandom.Domain.Auditing;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Inspections;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections;

/// <summary>
/// Builds a group's summary (汇总表) from the effective group of the task's current sealed draw, the records of its
/// targets and the signatures given, and the hash that binds the signatures (ADR 0019). The content hashed is the
/// canonical JSON of the audit trail (<see cref="CanonicalJson"/>: no white space, members in ordinal order, times
/// <c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c>, days <c>yyyy-MM-dd</c>, enums by name, numbers of coordinates round-trip) of
/// <c>{taskId, drawId, groupNumber, members:[{officerId, number, name, leader}], targets:[{code, name, address,
/// inspected, method, startedAtUtc, finishedAtUtc, place, latitude, longitude, acknowledgement, signatureSha256,
/// refusalSha256, items:[{itemId, itemName, resultCategoryCode, findings, legalBasis, rectificationDeadline}]}]}</c> — members in group order
/// (the leader first), targets by code, items in the task's order; <c>contentSha256</c> is the lowercase hex SHA-256 of its
/// UTF-8 bytes. The category's name is shown, not hashed (renaming a category does not revoke sign-offs).
/// Signatures, status and record ids are not content: signing does not change what is signed.
/// A record corrected after it became final (§7.2, ADR 0023) takes part with its version 1 — the results as they were
/// signed: an approved correction does not revoke the sign-off, and the summary stays the document that was signed.
/// </summary>
public static class GroupSummaries
{
    public static async Task<GroupSummaryDto> LoadAsync(IApplicationDbContext db, Guid taskId, int groupNumber, CancellationToken ct)
    {
        var task = await db.InspectionTasks.AsNoTracking().Where(t => t.Id == taskId)
            .Select(t => new { t.Name, t.Year, t.CurrentDrawId }).FirstOrDefaultAsync(ct);
        var sealedDraw = task?.CurrentDrawId is { } drawId
            && await db.Draws.AsNoTracking().AnyAsync(d => d.Id == drawId && d.Status == DrawStatus.Sealed, ct);
        var group = sealedDraw
            ? await DrawResults.LoadGroupAsync(db, task!.CurrentDrawId!.Value, groupNumber, ct)
            : null;
        if (group is null)
        {
            throw NotFound(taskId, groupNumber);
        }

        var codes = group.Targets.Select(t => t.Code).ToList();
        var records = await db.InspectionRecords.AsNoTracking().Where(r => r.TaskId == taskId && codes.Contains(r.TargetCode))
            .ToDictionaryAsync(r => r.TargetCode, StringComparer.Ordinal, ct);
        var corrected = records.Values.Where(r => r.ContentVersion > 1).Select(r => r.Id).ToList();
        var signedItems = corrected.Count == 0
            ? new Dictionary<Guid, IReadOnlyList<ItemResult>>()
            : await db.InspectionRecordVersions.AsNoTracking().Where(v => corrected.Contains(v.RecordId) && v.Number == 1)
                .ToDictionaryAsync(v => v.RecordId, v => v.Items, ct);
        var categories = await db.ResultCategories.AsNoTracking()
            .ToDictionaryAsync(c => c.Code, c => new { c.NameZh, c.IndicatesProblem }, StringComparer.Ordinal, ct);
        var signatures = await db.SummarySignatures.AsNoTracking().Where(s => s.TaskId == taskId && s.GroupNumber == groupNumber)
            .OrderBy(s => s.SignedAtUtc).ThenBy(s => s.Id).ToListAsync(ct);

        var targets = group.Targets.Select(t => records.TryGetValue(t.Code, out var r)
            ? new SummaryTargetDto(t.Code, t.Name, t.Address, true, r.Id, r.Method, r.StartedAtUtc, r.FinishedAtUtc, r.Place, r.AcknowledgementKind,
                [.. signedItems.GetValueOrDefault(r.Id, r.Items).Select(i => new SummaryItemDto(i.ItemId, i.ItemName, i.ResultCategoryCode,
                    categories.TryGetValue(i.ResultCategoryCode, out var c) ? c.NameZh : i.ResultCategoryCode, c?.IndicatesProblem ?? false,
                    i.Findings, i.LegalBasis, i.RectificationDeadline))])
            : new SummaryTargetDto(t.Code, t.Name, t.Address, false, null, null, null, null, null, AcknowledgementKind.None, [])).ToList();
        var hash = ContentSha256(taskId, task!.CurrentDrawId!.Value, groupNumber, group.Officers, targets, records);

        var current = signatures.Where(s => s.ContentSha256 == hash).Select(s => s.OfficerId).ToHashSet();
        var members = group.Officers.Select((o, i) => new SummaryMemberDto(o.OfficerId, o.Number, o.Name, i == 0, current.Contains(o.OfficerId))).ToList();
        var uninspected = targets.Count(t => !t.Inspected);
        var status = uninspected > 0 ? SummaryStatus.Incomplete
            : members.Skip(1).Any(m => !m.SignedCurrent) ? SummaryStatus.NeedsSignatures
            : members.Count > 0 && !members[0].SignedCurrent ? SummaryStatus.AwaitingLeader
            : SummaryStatus.SignedOff;
        return new GroupSummaryDto(taskId, task.Name, task.Year, task.CurrentDrawId.Value, groupNumber, status, uninspected, hash, members, targets,
            [.. signatures.Select(s => new SummarySignatureDto(s.Id, s.OfficerId, s.OfficerName, s.IsLeader, s.ContentSha256, s.SignedAtUtc, s.ContentSha256 == hash))]);
    }

    public static NotFoundException NotFound(Guid taskId, int groupNumber) =>
        new(RecordNames.InspectionGroup, $"{taskId}/{groupNumber}");

    private static string ContentSha256(
        Guid taskId, Guid drawId, int groupNumber, IReadOnlyList<GroupOfficerDto> officers, List<SummaryTargetDto> targets,
        Dictionary<string, InspectionRecord> records)
    {
        var content = Members(
            ("taskId", taskId), ("drawId", drawId), ("groupNumber", groupNumber),
            ("members", officers.Select((o, i) => Members(("officerId", o.OfficerId), ("number", o.Number), ("name", o.Name), ("leader", i == 0))).ToList()),
            ("targets", targets.Select(t =>
            {
                var r = records.GetValueOrDefault(t.Code);
                return Members(
                    ("code", t.Code), ("name", t.Name), ("address", t.Address), ("inspected", t.Inspected), ("method", t.Method),
                    ("startedAtUtc", t.StartedAtUtc), ("finishedAtUtc", t.FinishedAtUtc), ("place", t.Place),
                    ("latitude", r?.Latitude), ("longitude", r?.Longitude), ("acknowledgement", t.Acknowledgement),
                    ("signatureSha256", r?.SignatureSha256), ("refusalSha256", RefusalSha256(r)),
                    ("items", t.Items.Select(i => Members(
                        ("itemId", i.ItemId), ("itemName", i.ItemName), ("resultCategoryCode", i.ResultCategoryCode),
                        ("findings", i.Findings), ("legalBasis", i.LegalBasis),
                        ("rectificationDeadline", i.RectificationDeadline))).ToList()));
            }).ToList()));
        return Sha256(content);
    }

    /// <summary>
    /// The digest of a refusal: the SHA-256 of <c>{reason, witnesses:[{name, identity, phone}]}</c> (witnesses in the
    /// record's order), null unless refused — a new reason or witness changes the summary's hash.
    /// </summary>
    private static string? RefusalSha256(InspectionRecord? r) =>
        r is { AcknowledgementKind: AcknowledgementKind.Refused }
            ? Sha256(Members(("reason", r.RefusalReason), ("witnesses",
                r.Witnesses.Select(w => Members(("name", w.Name), ("identity", w.Identity), ("phone", w.Phone))).ToList())))
            : null;

    private static string Sha256(List<KeyValuePair<string, object?>> content) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalJson.Object(content))));

    private static List<KeyValuePair<string, object?>> Members(params (string Name, object? Value)[] members) =>
        [.. members.Select(m => new KeyValuePair<string, object?>(m.Name, m.Value))];
}
