using System.Globalization;
using DoubleRandom.Analytics.Evaluation.Estimation;
using DoubleRandom.Application.Evaluation.Facts;
using DoubleRandom.Application.Evaluation.Model;

namespace DoubleRandom.Analytics.Evaluation.Reports.Sections;

/// <summary>
/// The estimate section: the population's problem rate estimated from the period's inspected samples with their
/// inclusion probabilities (docs/evaluation-report.md §3), overall, by tier and by region, beside the naive hit rate.
/// Horvitz–Thompson needs the size N of what it estimates: overall when every design stratum with samples in the
/// period has a known population (the draws' published strata sizes); for a tier or a region only when the draws were
/// stratified by it (every design stratum holding a sample of the domain lies inside it). Otherwise Hájek alone.
/// </summary>
public static class EstimateSectionBuilder
{
    public const string TierDimension = "tier";

    public const string RegionDimension = "region";

    public const string OverallKey = "all";

    /// <summary>How the estimates are made, printed under the section.</summary>
    public const string Method =
        "市场问题率按抽样设计估计：每次封存抽取的每一层是一个独立抽取的设计层，入样概率 π 取抽取记录的 λ" +
        "（Pareto πps 不放回顺序抽样，π ≈ λ；历史记录取其入样概率，按“年份 + 任务 + 层”分层）。" +
        "Horvitz–Thompson 估计 = Σ y/λ ÷ N（y = 1 表示发现问题，N 为抽取公布的对象总数，仅在总体规模已知时给出）；" +
        "Hájek 估计 = Σ y/λ ÷ Σ 1/λ（不需要 N）。方差按 Hájek–Rosén 近似逐层计算后相加：" +
        "V = n/(n−1) · Σ (1−λ)(e/λ − B)²，B = Σ (1−λ)e/λ ÷ Σ (1−λ)，Horvitz–Thompson 取 e = y/N，" +
        "Hájek 取线性化残差 e = (y − R̂)/N̂；λ = 1 的必抽对象不带来抽样误差。" +
        "95% 置信区间 = 估计 ± 1.96 × 标准误，截断在 [0, 1]。朴素命中率（发现问题的检查 ÷ 检查数）不考虑入样概率，" +
        "按风险加权抽取时会高估市场问题率。入样概率未知的检查只计入命中率，不参与估计。";

    private const string VarianceNote = "部分设计层中 λ < 1 的样本不足 2 个，其方差无法估计（按 0 计），区间偏窄。";

    /// <summary>
    /// The section from the facts and the period's samples (<paramref name="periodSamples"/>: the facts' samples with a day
    /// in the period). <paramref name="label"/> names a key of a dimension ("tier", "region") in Chinese.
    /// </summary>
    public static EstimateSection Build(
        EvaluationFacts facts, IReadOnlyList<SampleFact> periodSamples, Func<string, string, string> label)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(periodSamples);
        ArgumentNullException.ThrowIfNull(label);

        var samples = periodSamples.Where(HasLambda).ToList();
        var excluded = periodSamples.Count - samples.Count;
        if (samples.Count == 0)
        {
            var reason = periodSamples.Count == 0
                ? "本期范围内没有检查记录，无法估计市场问题率。"
                : $"本期 {Count(excluded)} 条检查记录的入样概率未知，无法估计市场问题率（仅计入命中率）。";
            return new EstimateSection(new SectionStatus(false, reason), null, [], [], Method, excluded);
        }

        var strata = new Dictionary<string, StratumFact>(StringComparer.Ordinal);
        foreach (var stratum in facts.Strata)
            strata.TryAdd(stratum.Design, stratum);

        var overall = OverallRow(samples, strata);
        var byTier = samples.Select(TierKey).Distinct().Order(StringComparer.Ordinal)
            .Select(tier => DomainRow(
                samples, strata, tier, label(TierDimension, tier), s => TierKey(s) == tier, d => d.LiesInTier(tier), "风险等级"))
            .ToList();
        var byRegion = samples.Select(s => s.Region).Distinct().Order(StringComparer.Ordinal)
            .Select(region => DomainRow(
                samples, strata, region, label(RegionDimension, region), s => s.Region == region, d => d.LiesInRegion(region), "地市"))
            .ToList();
        return new EstimateSection(new SectionStatus(true, null), overall, byTier, byRegion, Method, excluded);
    }

    /// <summary>A sample's tier key: its tier, or "none" (the same key the hit-rate rows use).</summary>
    public static string TierKey(SampleFact sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return sample.Tier ?? DesignStratum.NoTier;
    }

    private static bool HasLambda(SampleFact s) => s.Lambda is > 0 and <= 1;

    private static EstimateRow OverallRow(List<SampleFact> samples, Dictionary<string, StratumFact> strata)
    {
        var designs = samples.Select(s => s.Design).Distinct(StringComparer.Ordinal).ToList();
        var known = KnownSize(designs, strata);
        var estimate = DesignEstimator.EstimateRate(Units(samples, _ => true), known);
        var notes = new List<string>();
        if (known is null)
            notes.Add("部分设计层（如历史记录）的总体规模未知，未给出 Horvitz–Thompson 估计。");
        else if (Pending(designs, strata) is > 0 and var pending)
            notes.Add($"本期抽中的 {Count(pending)} 个对象尚无最终检查记录：Horvitz–Thompson 估计把它们计为未发现问题，可能偏低；Hájek 估计不受影响。");
        return Row(OverallKey, "全部", estimate, known, notes);
    }

    private static EstimateRow DomainRow(
        List<SampleFact> samples,
        Dictionary<string, StratumFact> strata,
        string key,
        string label,
        Func<SampleFact, bool> inDomain,
        Func<DesignStratum, bool> liesInDomain,
        string dimension)
    {
        var designs = samples.Where(inDomain).Select(s => s.Design).Distinct(StringComparer.Ordinal).ToList();
        var designSet = designs.ToHashSet(StringComparer.Ordinal);
        var stratified = designs.All(d => liesInDomain(DesignStratum.Parse(d))) &&
                         samples.Where(s => designSet.Contains(s.Design)).All(inDomain);
        var known = stratified ? KnownSize(designs, strata) : null;
        var estimate = DesignEstimator.EstimateRate(Units(samples, inDomain), known);
        var notes = new List<string>();
        if (known is null)
        {
            notes.Add(stratified
                ? "该域的部分设计层总体规模未知，仅给出 Hájek 估计。"
                : $"Horvitz–Thompson 估计需要已知的域规模：本期抽取未按{dimension}分层，仅给出 Hájek 估计。");
        }

        return Row(key, label, estimate, known, notes);
    }

    private static List<SurveyUnit> Units(List<SampleFact> samples, Func<SampleFact, bool> inDomain) =>
        [.. samples.Select(s => new SurveyUnit(s.Design, s.Lambda!.Value, s.Problem ? 1 : 0, inDomain(s)))];

    /// <summary>Σ N_h over the designs, or null when one of them has no known population.</summary>
    private static long? KnownSize(List<string> designs, Dictionary<string, StratumFact> strata)
    {
        long total = 0;
        foreach (var design in designs)
        {
            if (!strata.TryGetValue(design, out var stratum) || stratum.Population is not { } population)
                return null;
            total += population;
        }

        return total > 0 ? total : null;
    }

    /// <summary>Selected units of the designs without a final record yet.</summary>
    private static long Pending(List<string> designs, Dictionary<string, StratumFact> strata) =>
        designs.Sum(d => strata.TryGetValue(d, out var s) ? Math.Max(0, s.Selected - s.Inspected) : 0);

    private static EstimateRow Row(string key, string label, RateEstimate estimate, long? known, List<string> notes)
    {
        if (estimate.VarianceIncomplete)
            notes.Add(VarianceNote);
        return new EstimateRow(
            key, label, estimate.SampleSize, (long)Math.Round(estimate.Sum), estimate.Naive, estimate.HorvitzThompson,
            estimate.Hajek, estimate.EstimatedPopulation, known, notes.Count == 0 ? null : string.Join(" ", notes));
    }

    private static string Count(long count) => count.ToString("#,0", CultureInfo.InvariantCulture);
}
