using DoubleRandom.Application;
using DoubleRandom.Application.Common.Behaviours;
using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Identity;
using DoubleRandom.DrawBench;
using DoubleRandom.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// The service's use cases and infrastructure, composed as the web host composes them (same Mediator pipeline), without
// the web host: the bench acts as one operator and sends commands in scopes of its own.
var builder = Host.CreateApplicationBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var services = builder.Services;
services.AddApplication();
services.AddInfrastructure(builder.Configuration, builder.Environment.ContentRootPath);
services.AddMediator((MediatorOptions options) =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies = [typeof(DoubleRandom.Application.DependencyInjection)];
    options.PipelineBehaviors = [typeof(LoggingBehaviour<,>), typeof(ScopeBehaviour<,>), typeof(ValidationBehaviour<,>)];
});
services.AddValidatedOptions<SecurityOptions>(SecurityOptions.SectionName);
services.AddValidatedValue<SecurityOptions>();
services.AddScoped<ICurrentActor, BenchActor>();

using var host = builder.Build();
try
{
    return await DrawBench.RunAsync(host.Services, args);
}
catch (RequestValidationException ex)
{
    // E.g. a roster too small for the bench task (200 groups of 3 officers, 60 targets each).
    foreach (var (field, messages) in ex.Errors)
    {
        await Console.Error.WriteLineAsync($"{field}: {string.Join(" ", messages)}");
    }

    return 1;
}
