using DoubleRandom.Analytics.Evaluation;
using DoubleRandom.Application.Risk.Features;
using DoubleRandom.Application.Risk.Training;

namespace DoubleRandom.Analytics.Tests.Risk;

/// <summary>A training records the chosen model's validation curves and feature importance (for the evaluation report's model section).</summary>
public sealed class TrainingCurvesAndImportanceTests(SmallWorldFixture small) : IClassFixture<SmallWorldFixture>
{
    [Fact]
    public void The_validation_ROC_and_PR_curves_are_recorded_thinned_and_agree_with_the_AUC()
    {
        var curves = Assert.IsType<RiskCurves>(small.Outcome.Curves);
        Assert.InRange(curves.Roc.Count, 2, ValidationCurves.MaxPoints);
        Assert.InRange(curves.PrecisionRecall.Count, 1, ValidationCurves.MaxPoints);
        Assert.Equal(new RiskCurvePoint(0, 0), curves.Roc[0]);
        Assert.Equal(1, curves.Roc[^1].X, 9);
        Assert.Equal(1, curves.Roc[^1].Y, 9);
        Assert.Equal(1, curves.PrecisionRecall[^1].X, 9);
        for (var i = 1; i < curves.Roc.Count; i++)
        {
            Assert.True(curves.Roc[i].X >= curves.Roc[i - 1].X && curves.Roc[i].Y >= curves.Roc[i - 1].Y);
        }

        // The trapezoid area of the thinned curve is the AUC up to the thinning (exact when nothing was dropped).
        var area = Enumerable.Range(1, curves.Roc.Count - 1)
            .Sum(i => (curves.Roc[i].X - curves.Roc[i - 1].X) * (curves.Roc[i].Y + curves.Roc[i - 1].Y) / 2);
        Assert.Equal(small.Outcome.Validation.Auc, area, 2);
    }

    [Fact]
    public void Thinning_keeps_the_ends_and_at_most_the_maximum()
    {
        var points = Enumerable.Range(0, 1000).ToList();
        var thinned = ValidationCurves.Thin(points, 101);
        Assert.Equal(101, thinned.Count);
        Assert.Equal((0, 999), (thinned[0], thinned[^1]));
        Assert.Equal(thinned.Distinct().Order(), thinned);
        Assert.Same(points, ValidationCurves.Thin(points, 1000));
    }

    [Fact]
    public void Feature_importance_covers_the_schema_with_shares_summing_to_one()
    {
        var importance = Assert.IsAssignableFrom<IReadOnlyList<RiskFeatureShare>>(small.Outcome.Importance);
        Assert.Equal(RiskFeatureSchema.Names, importance.Select(f => f.Feature));
        Assert.All(importance, f => Assert.InRange(f.Share, 0, 1));
        Assert.Equal(1, importance.Sum(f => f.Share), 9);

        // The synthetic world's strongest visible effect is the credit class (up to +1.1 on the logit).
        var top = importance.OrderByDescending(f => f.Share).Take(3).Select(f => f.Feature);
        Assert.Contains("creditClass", top);
    }
}
