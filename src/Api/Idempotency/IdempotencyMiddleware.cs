using System.Security.Cryptography;
using System.Text;
using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Idempotency;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace DoubleRandom.Api.Idempotency;

/// <summary>
/// The <c>Idempotency-Key</c> of endpoints marked <see cref="IdempotencyEndpoints.Idempotent"/>, after authorization and
/// before the endpoint. Per user and key: the first request claims the key (the database's unique key decides a race),
/// runs, and its answer (status, Content-Type, Location, ETag, body) is stored; a later request with the same key and the
/// same fingerprint (method, path and query, SHA-256 of the body: its bytes, or each multipart part's headers and bytes) gets that answer byte for byte with
/// <c>Idempotent-Replayed: true</c>, and one still running is waited for. The same key with another fingerprint is a
/// 422. An answer below 500 is stored (a 4xx the endpoint returned, too); a refusal raised as an exception (every
/// problem, 4xx or 5xx) records nothing, so it frees the key and a retry runs again.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next, IOptions<IdempotencyOptions> options, IIdempotencyStore store, TimeProvider clock)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);
    private readonly IdempotencyOptions _options = options.Value;

    public async Task InvokeAsync(HttpContext context, ICurrentActor actor)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IdempotencyMetadata>() is null || actor.UserId is not { } userId)
        {
            await next(context);
            return;
        }

        var key = KeyOf(context.Request);
        var fingerprint = await FingerprintAsync(context.Request, context.RequestAborted);
        var deadline = clock.GetUtcNow().UtcDateTime.AddSeconds(_options.WaitSeconds);
        while (true)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (await store.TryClaimAsync(userId, key, fingerprint, now, now.AddHours(_options.RetentionHours), now.AddMinutes(-_options.AbandonedAfterMinutes), context.RequestAborted))
            {
                await RunAsync(context, userId, key);
                return;
            }

            var held = await store.FindAsync(userId, key, context.RequestAborted);
            if (held is not null && !string.Equals(held.Fingerprint, fingerprint, StringComparison.Ordinal))
            {
                throw new UnprocessableException(IdempotencyMetadata.Header, Text.Of(
                    "该 Idempotency-Key 已用于另一个请求（方法、地址或请求体不同）；新的请求请使用新的 Idempotency-Key",
                    "This Idempotency-Key was used for another request (a different method, path or body); use a new key for a new request."))
                {
                    Code = "idempotency-key-reused",
                };
            }

            if (held?.Response is { } stored)
            {
                await ReplayAsync(context, stored);
                return;
            }

            if (held is not null && clock.GetUtcNow().UtcDateTime >= deadline)
            {
                throw new ConflictException("idempotency-in-progress", Text.Of(
                    "使用该 Idempotency-Key 的请求仍在处理中，请稍后用同一 Idempotency-Key 重试",
                    "A request with this Idempotency-Key is still being processed; retry later with the same key."), IdempotencyMetadata.Header);
            }

            // Held by a request still running (wait for its answer), or freed meanwhile (claim it again).
            if (held is not null)
            {
                await Task.Delay(Poll, clock, context.RequestAborted);
            }
        }
    }

    /// <summary>Runs the endpoint into a buffer; stores the answer below 500, frees the key otherwise and on any exception.</summary>
    private async Task RunAsync(HttpContext context, Guid userId, string key)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        catch
        {
            context.Response.Body = original;
            await store.ReleaseAsync(userId, key, CancellationToken.None);
            throw;
        }

        context.Response.Body = original;
        var response = context.Response;
        if (response.StatusCode < 500)
        {
            await store.CompleteAsync(userId, key, new IdempotencyResponse(
                response.StatusCode, Header(response.ContentType), Header(response.Headers.Location), Header(response.Headers.ETag), buffer.ToArray()),
                clock.GetUtcNow().UtcDateTime, CancellationToken.None);
        }
        else
        {
            await store.ReleaseAsync(userId, key, CancellationToken.None);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static async Task ReplayAsync(HttpContext context, IdempotencyResponse stored)
    {
        var response = context.Response;
        response.StatusCode = stored.Status;
        response.ContentType = stored.ContentType;
        if (stored.Location is not null)
        {
            response.Headers.Location = stored.Location;
        }

        if (stored.ETag is not null)
        {
            response.Headers.ETag = stored.ETag;
        }

        response.Headers[IdempotencyMetadata.ReplayedHeader] = "true";
        response.ContentLength = stored.Body.Length;
        await response.Body.WriteAsync(stored.Body, context.RequestAborted);
    }

    /// <summary>The one key of the request: 1–255 printable ASCII characters (no control character, no NUL).</summary>
    private static string KeyOf(HttpRequest request)
    {
        var values = request.Headers[IdempotencyMetadata.Header];
        var key = values.Count == 1 ? values[0] : null;
        if (values.Count == 0 || string.IsNullOrEmpty(key))
        {
            throw RequestValidationException.ForField(IdempotencyMetadata.Header, Text.Of(
                "缺少 Idempotency-Key 请求头：每次提交须带一个唯一的键（如 UUID），重试时使用同一个键",
                "The Idempotency-Key header is missing: every submission carries a unique key (a UUID, say), and a retry sends the same key."));
        }

        if (values.Count > 1 || key.Length > IdempotencyMetadata.KeyMaxLength || key.Any(c => c is < ' ' or > '~'))
        {
            throw RequestValidationException.ForField(IdempotencyMetadata.Header, Text.Of(
                $"Idempotency-Key 须为一个 1–{IdempotencyMetadata.KeyMaxLength} 个可打印 ASCII 字符的值",
                $"The Idempotency-Key must be one value of 1–{IdempotencyMetadata.KeyMaxLength} printable ASCII characters."));
        }

        return key;
    }

    /// <summary>
    /// SHA-256 over the method, the path and query, and the SHA-256 of the body (buffered, read from the start, then
    /// rewound for the endpoint): its bytes, or for multipart/form-data each part's headers and bytes, so that a client
    /// that rebuilds the request with a new boundary still sends the same request.
    /// </summary>
    private static async Task<string> FingerprintAsync(HttpRequest request, CancellationToken ct)
    {
        request.EnableBuffering();
        byte[] body;
        try
        {
            body = MultipartBoundary(request.ContentType) is { } boundary
                ? await MultipartHashAsync(request.Body, boundary, ct)
                : await SHA256.HashDataAsync(request.Body, ct);
        }
        finally
        {
            request.Body.Position = 0;
        }

        var line = $"{request.Method}\n{request.Path}{request.QueryString}\n{Convert.ToHexStringLower(body)}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(line)));
    }

    private static string? MultipartBoundary(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
        && HeaderUtilities.RemoveQuotes(media.Boundary) is { Length: > 0 and <= 200 } boundary
            ? boundary.ToString()
            : null;

    /// <summary>Each part's headers (sorted) and bytes, in order; a malformed body falls back to its raw bytes (the endpoint refuses it).</summary>
    private static async Task<byte[]> MultipartHashAsync(Stream body, string boundary, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        try
        {
            var reader = new MultipartReader(boundary, body);
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                foreach (var (name, value) in section.Headers!.OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
                {
                    hash.AppendData(Encoding.UTF8.GetBytes($"{name.ToLowerInvariant()}:{value}\n"));
                }

                hash.AppendData(await SHA256.HashDataAsync(section.Body, ct));
            }

            return hash.GetHashAndReset();
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            body.Position = 0;
            return await SHA256.HashDataAsync(body, ct);
        }
    }

    private static string? Header(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
