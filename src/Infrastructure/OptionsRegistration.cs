using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DoubleRandom.Infrastructure;

/// <summary>
/// The one way a setting reaches code: a typed options class bound to its section, checked by its data annotations
/// (and any further <c>Validate</c> rule) when the service starts, so a bad value stops the start with a message that
/// names the option.
/// </summary>
public static class OptionsRegistration
{
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, string sectionName)
        where T : class =>
        services.AddOptions<T>().BindConfiguration(sectionName).ValidateDataAnnotations().ValidateOnStart();

    /// <summary>Also registers the validated value itself, for consumers that take the options class directly.</summary>
    public static IServiceCollection AddValidatedValue<T>(this IServiceCollection services)
        where T : class =>
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<T>>().Value);
}
