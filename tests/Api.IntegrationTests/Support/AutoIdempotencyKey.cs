namespace DoubleRandom.Api.IntegrationTests.Support;

/// <summary>
/// Gives every POST and PUT of a test client a fresh <c>Idempotency-Key</c> unless the request carries one (or opts
/// out with <see cref="Omit"/>), as a mobile client does for each submission: tests that are not about idempotency
/// need not say it, and the routes that demand it (<c>.Idempotent()</c>) still get it.
/// </summary>
internal sealed class AutoIdempotencyKey : DelegatingHandler
{
    public const string Header = "Idempotency-Key";

    /// <summary>Set on a request to send it without the header.</summary>
    public static readonly HttpRequestOptionsKey<bool> Omit = new("omit-idempotency-key");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if ((request.Method == HttpMethod.Post || request.Method == HttpMethod.Put)
            && !request.Headers.Contains(Header)
            && !(request.Options.TryGetValue(Omit, out var omit) && omit))
        {
            request.Headers.Add(Header, Guid.NewGuid().ToString());
        }

        return base.SendAsync(request, cancellationToken);
    }
}
