using System.Globalization;
using DoubleRandom.Domain.Auditing;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Drawing;
using DoubleRandom.Domain.Tasks;

namespace DoubleRandom.Domain.Draws;

/// <summary>
/// One run of DR1 for a task. Everything published at prepare (P, roots, sizes, C) and at execution
/// (E, result lines and digest) is written once; only the reveal (s and its time) comes later.
/// PostgreSQL triggers refuse any other change to a sealed row.
/// </summary>
public sealed class Draw : Entity, ITaskOwned
{
    private Draw()
    {
    }

    public Guid TaskId { get; private set; }

    Guid ITaskOwned.OwningTaskId => TaskId;

    public int Year { get; private set; }

    public bool AllowOverlap { get; private set; }

    public DrawStatus Status { get; private set; }

    /// <summary>The day certificates, recusals and exclusions were judged on (Asia/Shanghai).</summary>
    public DateOnly DrawDate { get; private set; }

    public string ParametersJson { get; private set; } = string.Empty;

    public string ParamsDigest { get; private set; } = string.Empty;

    public string TargetsRoot { get; private set; } = string.Empty;

    public string OfficersRoot { get; private set; } = string.Empty;

    public string RecusalsRoot { get; private set; } = string.Empty;

    /// <summary>N_h and n_h per stratum as <c>key|N|n</c> lines.</summary>
    public string StrataSizes { get; private set; } = string.Empty;

    public string Commitment { get; private set; } = string.Empty;

    /// <summary>s, AES-GCM encrypted at rest (nonce ‖ ciphertext ‖ tag).</summary>
    [AuditSecret]
    public byte[] EncryptedSecret { get; private set; } = [];

    public string PreparedBy { get; private set; } = string.Empty;

    public DateTime PreparedAtUtc { get; private set; }

    public string? Entropy { get; private set; }

    public string? EntropyDigest { get; private set; }

    public string? ExecutedBy { get; private set; }

    public string? SupervisedBy { get; private set; }

    public DateTime? ExecutedAtUtc { get; private set; }

    public string? ResultLines { get; private set; }

    public string? ResultDigest { get; private set; }

    public string? Failure { get; private set; }

    public string? FailureDetail { get; private set; }

    /// <summary>s in hex, published at reveal; null before.</summary>
    public string? RevealedSecret { get; private set; }

    public DateTime? RevealedAtUtc { get; private set; }

    public bool IsRevealed => RevealedAtUtc is not null;

    /// <summary>The task's risk weighting when the draw was prepared (#16).</summary>
    public RiskWeighting RiskWeighting { get; private set; }

    /// <summary>α in basis points (used in score mode).</summary>
    public int UniformShareBp { get; private set; }

    /// <summary>The lowest model version among the snapshot's targets' tiers; null when no tier came from a model.</summary>
    public int? RiskModelVersionMin { get; private set; }

    public int? RiskModelVersionMax { get; private set; }

    /// <summary>Snapshot targets whose tier came from a model scoring.</summary>
    public int RiskModelTargets { get; private set; }

    /// <summary>Snapshot targets without a model score (in score mode they took their stratum's mean).</summary>
    public int UnscoredTargets { get; private set; }

    /// <summary>A draw with its id, so that the id can go into P before the commitment is computed.</summary>
    public static Draw Start(Guid taskId, int year, bool allowOverlap, DateOnly drawDate) =>
        new() { TaskId = taskId, Year = year, AllowOverlap = allowOverlap, Status = DrawStatus.Prepared, DrawDate = drawDate };

    public void Commit(Dr1Parameters parameters, Dr1Preparation preparation, byte[] encryptedSecret, string preparedBy, DateTime utcNow)
    {
        Rule.Check(Commitment.Length == 0, RuleCodes.DrawAlreadyCommitted);
        ParametersJson = Dr1ParametersJson.Canonical(parameters);
        ParamsDigest = preparation.ParamsDigest;
        TargetsRoot = preparation.TargetsRoot;
        OfficersRoot = preparation.OfficersRoot;
        RecusalsRoot = preparation.RecusalsRoot;
        StrataSizes = string.Join('\n', preparation.Strata.Select(s =>
            string.Create(CultureInfo.InvariantCulture, $"{s.Stratum}|{s.Population}|{s.SampleSize}")));
        Commitment = preparation.Commitment;
        EncryptedSecret = encryptedSecret;
        PreparedBy = preparedBy;
        PreparedAtUtc = utcNow;
    }

    /// <summary>Records the risk the snapshot was built with; before the commitment only (the row is frozen after it).</summary>
    public void UseRisk(DrawRiskUse use)
    {
        ArgumentNullException.ThrowIfNull(use);
        Rule.Check(Commitment.Length == 0, RuleCodes.DrawAlreadyCommitted);
        RiskWeighting = use.Weighting;
        UniformShareBp = use.UniformShareBp;
        RiskModelVersionMin = use.ModelVersionMin;
        RiskModelVersionMax = use.ModelVersionMax;
        RiskModelTargets = use.ModelTargets;
        UnscoredTargets = use.UnscoredTargets;
    }

    public DrawRiskUse RiskUse() =>
        new(RiskWeighting, UniformShareBp, RiskModelVersionMin, RiskModelVersionMax, RiskModelTargets, UnscoredTargets);

    public IReadOnlyList<StratumSize> Strata() =>
        StrataSizes.Length == 0
            ? []
            : [.. StrataSizes.Split('\n').Select(l => l.Split('|')).Select(p => new StratumSize(p[0], int.Parse(p[1], CultureInfo.InvariantCulture), int.Parse(p[2], CultureInfo.InvariantCulture)))];

    public IReadOnlyList<string> Lines() => ResultLines is null or "" ? [] : ResultLines.Split('\n');

    public void EnsurePrepared() =>
        Rule.Check(Status == DrawStatus.Prepared, RuleCodes.DrawAlreadyExecuted);

    public void Seal(Dr1Result result, string entropy, string executedBy, string supervisedBy, DateTime utcNow)
    {
        EnsurePrepared();
        Status = result.Succeeded ? DrawStatus.Sealed : DrawStatus.Failed;
        Entropy = entropy;
        EntropyDigest = result.Digests.Entropy;
        ExecutedBy = executedBy;
        SupervisedBy = supervisedBy;
        ExecutedAtUtc = utcNow;
        ResultLines = string.Join('\n', result.Lines);
        ResultDigest = result.Digests.Result;
        Failure = result.Failure;
        FailureDetail = result.FailureDetail;
    }

    public void Reveal(string secretHex, DateTime utcNow)
    {
        Rule.Check(Status != DrawStatus.Prepared, RuleCodes.DrawNotExecuted);
        Rule.Check(!IsRevealed, RuleCodes.DrawAlreadyRevealed);
        RevealedSecret = secretHex;
        RevealedAtUtc = utcNow;
    }
}
