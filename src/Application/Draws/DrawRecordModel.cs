namespace DoubleRandom.Application.Draws;

/// <summary>Everything the printed 抽取记录 shows; times already in Asia/Shanghai.</summary>
public sealed record DrawRecordModel(
    Guid DrawId, string TaskName, int Year, IReadOnlyList<string> Items, string Parameters, DateTime PreparedAtLocal, DateTime ExecutedAtLocal,
    string Operator, string Supervisor, string Entropy, string Commitment, string ResultDigest, IReadOnlyList<DrawGroupDto> Groups,
    IReadOnlyList<GroupTargetDto> Unassigned, string VerifyUrl);
