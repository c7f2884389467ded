using System.Security.Cryptography;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Risk.Scoring;
using DoubleRandom.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Risk.Registry;

/// <summary>
/// The registry's model files: a version's row and its bytes (<c>risk_model_files</c>), read together. The bytes are
/// checked against the SHA-256 registered with the version before anyone uses them: a file that does not match (or is
/// missing) is 409 <c>risk-model-damaged</c>, never loaded. The one reader of model bytes for scoring and activation.
/// </summary>
public sealed class RiskModelFiles(IApplicationDbContext db) : IRiskModelFiles
{
    public async Task<RiskModelFile?> FindAsync(Guid modelId, CancellationToken ct)
    {
        var model = await db.RiskModels.AsNoTracking().Where(m => m.Id == modelId)
            .Select(m => new { m.Id, m.Version, m.FeatureFingerprint, m.FileSha256 }).FirstOrDefaultAsync(ct);
        if (model is null)
        {
            return null;
        }

        var content = await db.RiskModelContents.AsNoTracking().Where(c => c.ModelId == modelId).Select(c => c.Content).FirstOrDefaultAsync(ct);
        Rule.Check(content is not null && Matches(content, model.FileSha256), RuleCodes.RiskModelDamaged, model.Version);
        return new RiskModelFile(model.Id, model.Version, model.FeatureFingerprint, content);
    }

    /// <summary>The bytes' SHA-256 (lower-case hex) is the registered one.</summary>
    public static bool Matches(byte[] content, string sha256) =>
        string.Equals(Convert.ToHexStringLower(SHA256.HashData(content)), sha256, StringComparison.Ordinal);
}
