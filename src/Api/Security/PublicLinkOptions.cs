namespace DoubleRandom.Api.Security;

/// <summary>The <c>Public</c> section's address for links the service prints (the QR code on the draw record).</summary>
public sealed class PublicLinkOptions
{
    public const string SectionName = "Public";

    /// <summary>E.g. <c>https://dr.example.gov.cn</c>; required in Production.</summary>
    public string? BaseUrl { get; set; }

    public static bool IsAbsoluteHttp(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
