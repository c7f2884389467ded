using Serilog;
using Serilog.Formatting.Compact;

namespace DoubleRandom.Api.Hosting;

internal static class LoggingSetup
{
    /// <summary>Structured logs: plain text to the console by default, compact JSON when <c>Logging:Json</c> is true.</summary>
    public static void AddStructuredLogging(this WebApplicationBuilder builder)
    {
        var json = builder.Configuration.GetValue("Logging:Json", false);
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .Enrich.FromLogContext();
            if (json)
            {
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
            else
            {
                logger.WriteTo.Console(
                    outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {RequestId} {SourceContext}: {Message:lj}{NewLine}{Exception}",
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        });
    }
}
