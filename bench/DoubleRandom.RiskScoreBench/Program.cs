using DoubleRandom.Analytics;
using DoubleRandom.Application;
using DoubleRandom.Application.Common.Behaviours;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Identity;
using DoubleRandom.Infrastructure;
using DoubleRandom.RiskScoreBench;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// The service's use cases, infrastructure and ML.NET engine, composed as the web host composes them, without the web
// host: one analyst re-scores a roster of --targets targets (scripts/bench-risk-score.sh).
var builder = Host.CreateApplicationBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var services = builder.Services;
services.AddApplication();
services.AddInfrastructure(builder.Configuration, builder.Environment.ContentRootPath);
services.AddAnalytics();
services.AddMediator((MediatorOptions options) =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies = [typeof(DoubleRandom.Application.DependencyInjection)];
    options.PipelineBehaviors = [typeof(LoggingBehaviour<,>), typeof(ScopeBehaviour<,>), typeof(ValidationBehaviour<,>)];
});
services.AddValidatedOptions<SecurityOptions>(SecurityOptions.SectionName);
services.AddValidatedValue<SecurityOptions>();
services.AddScoped<ICurrentActor, BenchAnalyst>();

using var host = builder.Build();
return await RiskScoreBench.RunAsync(host.Services, args);
