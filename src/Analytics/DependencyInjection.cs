using DoubleRandom.Analytics.Risk;
using DoubleRandom.Application.Risk;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Analytics;

public static class DependencyInjection
{
    /// <summary>The ML.NET risk model engine (stateless: one for the process; each training and each loaded model has its own context).</summary>
    public static IServiceCollection AddAnalytics(this IServiceCollection services)
    {
        services.AddSingleton<IRiskModelEngine, MlNetRiskModelEngine>();
        return services;
    }
}
