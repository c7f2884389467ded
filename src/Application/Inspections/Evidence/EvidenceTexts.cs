using DoubleRandom.Application.Common.Localization;

namespace DoubleRandom.Application.Inspections.Evidence;

/// <summary>The evidence feature's own sentences.</summary>
public static class EvidenceTexts
{
    public static string Assignment => Text.Of("分配给您的检查对象", "Target assigned to you");

    public static string Evidence => Text.Of("检查证据", "Inspection evidence");

    public static string Upload => Text.Of("续传上传", "Resumable upload");

    public static string FileNameTooLong => Text.Of(
        $"文件名不能超过 {Domain.Inspections.InspectionEvidence.FileNameMaxLength} 个字符",
        $"The file name is longer than {Domain.Inspections.InspectionEvidence.FileNameMaxLength} characters.");

    public static string FileNameRequired => Text.Of("须提供文件名", "A file name is required.");

    public static string KindMismatch(Domain.Inspections.EvidenceKind kind) => Text.Of(
        $"文件内容不是{Chinese(kind)}（允许：{string.Join("、", EvidenceSniffer.TypesByKind[kind])}；按文件内容判断）",
        $"The content is not a {kind.ToString().ToLowerInvariant()} ({string.Join(", ", EvidenceSniffer.TypesByKind[kind])}; judged by the bytes).");

    public static string HashMismatch => Text.Of(
        "上传完成的文件的 SHA-256 与声明的不一致，文件未保存，请重新上传", "The finished file's SHA-256 differs from the declared one; nothing was kept, upload again.");

    public static string TooLarge(long limit) => Text.Of($"文件超过 {limit} 字节的上限", $"The file is larger than the limit of {limit} bytes.");

    private static string Chinese(Domain.Inspections.EvidenceKind kind) => kind switch
    {
        Domain.Inspections.EvidenceKind.Photo => "照片",
        Domain.Inspections.EvidenceKind.Audio => "录音",
        Domain.Inspections.EvidenceKind.Video => "视频",
        _ => "文档",
    };
}
