using DoubleRandom.Application.Evaluation;
using DoubleRandom.Application.Evaluation.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Infrastructure.Evaluation;

/// <summary>The report jobs' plumbing: the in-memory queue, its worker, and the progress store.</summary>
public static class EvaluationReportServices
{
    public static IServiceCollection AddEvaluationReportJobs(this IServiceCollection services)
    {
        services.AddValidatedOptions<EvaluationReportOptions>(EvaluationReportOptions.SectionName);
        services.AddValidatedValue<EvaluationReportOptions>();
        services.AddSingleton<EvaluationReportQueue>();
        services.AddSingleton<IEvaluationReportQueue>(sp => sp.GetRequiredService<EvaluationReportQueue>());
        services.AddSingleton<IEvaluationReportProgressStore, EvaluationReportProgressStore>();
        services.AddHostedService<EvaluationReportWorker>();
        return services;
    }
}
