using DoubleRandom.Application.Risk;
using DoubleRandom.Application.Risk.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Infrastructure.Risk;

/// <summary>The risk jobs' plumbing: the in-memory queue, its worker, and the progress store.</summary>
public static class RiskServices
{
    public static IServiceCollection AddRiskJobs(this IServiceCollection services)
    {
        services.AddValidatedOptions<RiskJobOptions>(RiskJobOptions.SectionName);
        services.AddValidatedValue<RiskJobOptions>();
        services.AddSingleton<RiskJobQueue>();
        services.AddSingleton<IRiskJobQueue>(sp => sp.GetRequiredService<RiskJobQueue>());
        services.AddSingleton<IRiskJobProgressStore, RiskJobProgressStore>();
        services.AddHostedService<RiskJobWorker>();
        return services;
    }
}
