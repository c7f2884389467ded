using DoubleRandom.Analytics.Evaluation.Reports;
using DoubleRandom.Analytics.Evaluation.Rendering;
using DoubleRandom.Analytics.Risk;
using DoubleRandom.Application.Evaluation;
using DoubleRandom.Application.Risk;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Analytics;

public static class DependencyInjection
{
    /// <summary>The ML.NET risk model engine, and the evaluation report's builder and renderer (stateless: one for the process; each training and each loaded model has its own context).</summary>
    public static IServiceCollection AddAnalytics(this IServiceCollection services)
    {
        services.AddSingleton<IRiskModelEngine, MlNetRiskModelEngine>();
        services.AddSingleton<IEvaluationReportBuilder, EvaluationReportBuilder>();
        services.AddSingleton<IEvaluationReportRenderer, EvaluationReportRenderer>();
        return services;
    }
}
