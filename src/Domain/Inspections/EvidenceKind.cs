namespace DoubleRandom.Domain.Inspections;

/// <summary>What a piece of evidence is; the type its bytes show must fit it.</summary>
public enum EvidenceKind
{
    /// <summary>JPEG, PNG, HEIC/HEIF or WebP.</summary>
    Photo,

    /// <summary>M4A/AAC, MP3, AMR or WAV.</summary>
    Audio,

    /// <summary>MP4, MOV or 3GP.</summary>
    Video,

    /// <summary>PDF, DOCX or XLSX.</summary>
    Document,
}
