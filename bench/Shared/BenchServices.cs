using DoubleRandom.Application;
using DoubleRandom.Application.Common.Behaviours;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Identity;
using DoubleRandom.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DoubleRandom.Bench;

/// <summary>
/// The service's use cases and infrastructure, composed as the web host composes them (same Mediator pipeline), without
/// the web host; the bench acts as the actor it names and adds what else it needs (the analytics) in
/// <c>configure</c>. Linked into the benches (bench/Shared).
/// </summary>
internal static class BenchServices
{
    public static IHost Build<TActor>(string[] args, Action<IServiceCollection> configure)
        where TActor : class, ICurrentActor
    {
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
        services.AddScoped<ICurrentActor, TActor>();
        configure(services);
        return builder.Build();
    }
}
