namespace DoubleRandom.Application.Draws;

/// <summary>
/// Everything the printed 抽取记录 shows, already in words (ADR 0015): people by name and unit, departments by name, the
/// task's parameters as sentences and a strata table, approved amendments as sentences; times in Asia/Shanghai.
/// </summary>
/// <param name="Items">Inspection items with the name of their department.</param>
/// <param name="Parameters">The task's parameters as sentences (scope, officers, groups, dates).</param>
/// <param name="Exclusions">One sentence per exclusion rule applied before the snapshot was frozen.</param>
/// <param name="People">Role (准备人, 确认人, 抽取人, 批准人) and the person, <c>姓名（单位）</c>.</param>
/// <param name="Digests">The commitment, the snapshot roots, the sealed result digest and the amendment list digest.</param>
/// <param name="Amendments">One sentence per approved amendment, in the order they were approved.</param>
/// <param name="Signers">The signature lines: label and the person expected to sign.</param>
public sealed record DrawRecordModel(
    Guid DrawId, string TaskName, int Year, IReadOnlyList<string> Items, IReadOnlyList<string> Parameters, IReadOnlyList<string> Exclusions,
    IReadOnlyList<RecordStratum> Strata, IReadOnlyList<RecordLine> People, DateTime PreparedAtLocal, DateTime ExecutedAtLocal, string Entropy,
    IReadOnlyList<RecordLine> Digests, IReadOnlyList<RecordGroup> Groups, IReadOnlyList<GroupTargetDto> Unassigned,
    IReadOnlyList<string> Amendments, IReadOnlyList<RecordLine> Signers, string VerifyUrl);
