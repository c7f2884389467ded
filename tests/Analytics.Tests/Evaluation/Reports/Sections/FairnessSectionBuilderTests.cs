using DoubleRandom.Analytics.Evaluation.Estimation;
using DoubleRandom.Analytics.Evaluation.Reports.Sections;
using DoubleRandom.Application.Evaluation.Facts;
using static DoubleRandom.Analytics.Tests.Evaluation.Reports.Sections.SectionFacts;

namespace DoubleRandom.Analytics.Tests.Evaluation.Reports.Sections;

/// <summary>
/// The fairness section against hand-computed values. Officers (number, drawn, expected, targets): 002 (3, 2.5, 30),
/// 001 (2, 2.5, 10), 003 (5, 5, 20), 004 (12, 10, 40). λ bins [0, 0.1) 100 units 3 expected 2 drawn, [0.1, 0.2) 30 4.5 6,
/// [0.2, 0.5) 20 7 7, [0.5, 1) 4 2.5 3.
/// </summary>
public sealed class FairnessSectionBuilderTests
{
    private static readonly OfficerFact[] Officers =
    [
        Officer("002", 3, 2.5, 30),
        Officer("001", 2, 2.5, 10),
        Officer("003", 5, 5, 20),
        Officer("004", 12, 10, 40),
    ];

    private static readonly LambdaBinFact[] Bins =
    [
        new(0.5, 1, 4, 2.5, 3),
        new(0, 0.1, 100, 3, 2),
        new(0.2, 0.5, 20, 7, 7),
        new(0.1, 0.2, 30, 4.5, 6),
    ];

    [Fact]
    public void Workload_is_summarised_by_gini_max_and_min()
    {
        // Sorted 10, 20, 30, 40: Σ (2i − n − 1) x = −30 − 20 + 30 + 120 = 100; G = 100 / (4 · 100) = 0.25.
        var section = FairnessSectionBuilder.Build(With(officers: Officers, bins: Bins));

        Assert.True(section.Status.HasData);
        Assert.Equal(["001", "002", "003", "004"], section.Officers.Select(o => o.Number));
        Assert.Equal(0.25, section.WorkloadGini!.Value, 12);
        Assert.Equal((40L, 10L, 4.0), (section.MaxTargets!.Value, section.MinTargets!.Value, section.MaxMinRatio!.Value));
        Assert.Equal(1.2, section.Officers[3].Ratio!.Value, 12);
    }

    [Fact]
    public void Officers_are_tested_against_expectation_with_small_cells_merged()
    {
        // By expectation: 001 and 002 (2.5 each) merge into one cell (5 drawn, 5 expected); 003 (5, 5); 004 (12, 10).
        // χ² = 0 + 0 + 2²/10 = 0.4 on 2 degrees: p = e^{−0.2} = 0.819.
        var fit = FairnessSectionBuilder.Build(With(officers: Officers, bins: Bins)).OfficerFit!;

        Assert.Equal(0.4, fit.Statistic, 12);
        Assert.Equal(2, fit.DegreesOfFreedom);
        Assert.Equal(Math.Exp(-0.2), fit.PValue, 12);
        Assert.Equal("p = 0.819，执法人员被抽中次数与期望一致。", fit.Conclusion);
    }

    [Fact]
    public void Lambda_bins_are_merged_in_order_and_tested()
    {
        // In order of λ: 3 + 4.5 = 7.5 ≥ 5 → [0, 0.2); 7 → [0.2, 0.5); 2.5 < 5 joins it → [0.2, 1).
        // χ² = (8 − 7.5)²/7.5 + (10 − 9.5)²/9.5 on 1 degree.
        var section = FairnessSectionBuilder.Build(With(officers: Officers, bins: Bins));

        Assert.Equal(2, section.InclusionBins.Count);
        Assert.Equal(new(0, 0.2, 130, 7.5, 8), section.InclusionBins[0]);
        Assert.Equal(new(0.2, 1, 24, 9.5, 10), section.InclusionBins[1]);
        var fit = section.InclusionFit!;
        var statistic = 0.25 / 7.5 + 0.25 / 9.5;
        Assert.Equal(statistic, fit.Statistic, 12);
        Assert.Equal(1, fit.DegreesOfFreedom);
        Assert.Equal(ChiSquare.UpperTail(statistic, 1), fit.PValue, 15);
        Assert.Equal($"{PValueText.Of(fit.PValue)}，抽中结果与入样概率一致。", fit.Conclusion);
        Assert.True(fit.PValue > 0.8);
    }

    [Fact]
    public void Selections_far_from_their_probabilities_give_a_warning()
    {
        // 20 expected, 40 drawn and 40 expected, 20 drawn: χ² = 20 + 10 = 30 on 1 degree, p ≈ 4e-8.
        LambdaBinFact[] bins = [new(0, 0.5, 100, 20, 40), new(0.5, 1, 50, 40, 20)];

        var fit = FairnessSectionBuilder.Build(With(bins: bins)).InclusionFit!;

        Assert.Equal(30, fit.Statistic, 12);
        Assert.StartsWith("p < 0.001，警告", fit.Conclusion, StringComparison.Ordinal);
    }

    [Fact]
    public void An_officer_without_targets_leaves_max_over_min_undefined()
    {
        OfficerFact[] officers = [Officer("001", 0, 1, 0), Officer("002", 1, 1, 8)];

        var section = FairnessSectionBuilder.Build(With(officers: officers));

        Assert.Equal(0, section.MinTargets);
        Assert.Null(section.MaxMinRatio);
        Assert.Equal(0.5, section.WorkloadGini!.Value, 12);
        Assert.Null(section.OfficerFit);
        Assert.Null(section.InclusionFit);
        Assert.Empty(section.InclusionBins);
    }

    [Fact]
    public void A_period_without_draws_says_so()
    {
        var section = FairnessSectionBuilder.Build(With());

        Assert.False(section.Status.HasData);
        Assert.Contains("没有封存的抽取", section.Status.NoDataReason, StringComparison.Ordinal);
        Assert.Empty(section.Officers);
    }

    private static OfficerFact Officer(string number, int drawn, double expected, long targets) =>
        new(Guid.Parse($"00000000-0000-0000-0000-000000000{number}"), number, "执法人员" + number, "银川市市场监督管理局", 4, drawn, expected, targets);
}
