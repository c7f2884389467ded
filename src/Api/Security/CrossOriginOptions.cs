namespace DoubleRandom.Api.Security;

/// <summary>The <c>Cors</c> section: the front-end origins allowed to call the API from a browser.</summary>
public sealed class CrossOriginOptions
{
    public const string SectionName = "Cors";

    /// <summary>Absolute http(s) origins, e.g. <c>https://app.example.cn</c>; none by default.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Whether every origin is an absolute http(s) URL.</summary>
    public bool AreOrigins() => AllowedOrigins.All(PublicLinkOptions.IsAbsoluteHttp);
}
