using DoubleRandom.Api.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Inspections;

/// <summary>An instance of the service on Kestrel at a free port: for real clients and real sockets (tus tests, the upload bench).</summary>
internal static class RealPort
{
    /// <summary>Starts the factory's server on a free port and returns its base URL (no trailing slash).</summary>
    public static string Start(ApiFactory service)
    {
        ArgumentNullException.ThrowIfNull(service);
        service.UseKestrel(0);
        service.StartServer();
        return service.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/');
    }
}
