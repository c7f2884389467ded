using DoubleRandom.Analytics;
using DoubleRandom.Application;
using DoubleRandom.Application.Common.Behaviours;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Identity;
using DoubleRandom.EvaluationBench;
using DoubleRandom.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// The service's fact source (and, with --pipeline, the report builder and renderer), composed as the web host composes
// them, without the web host: seeds 1,000,000 targets and 100,000 final records, then times the evaluation report
// (scripts/bench-evaluation-report.sh).
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
services.AddScoped<ICurrentActor, SeedingActor>();

using var host = builder.Build();
return await EvaluationBench.RunAsync(host.Services, args);
