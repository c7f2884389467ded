using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace DoubleRandom.Api.IntegrationTests.Inspections;

/// <summary>tus 1.0 requests as a client sends them, one call per protocol step.</summary>
internal static class TusRequests
{
    public const string Uploads = "/api/v1/uploads";

    public static string Metadata(params (string Key, string Value)[] pairs) =>
        string.Join(',', pairs.Select(p => $"{p.Key} {Convert.ToBase64String(Encoding.UTF8.GetBytes(p.Value))}"));

    public static string Metadata(Guid taskId, string targetCode, string kind, byte[] file, string fileName = "现场视频.mp4", string? sha256 = null) =>
        Metadata(("taskId", taskId.ToString()), ("targetCode", targetCode), ("kind", kind), ("filename", fileName),
            ("sha256", sha256 ?? EvidenceBytes.Sha256(file)));

    public static Task<HttpResponseMessage> CreateAsync(HttpClient client, long length, string metadata, string version = "1.0.0")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Uploads);
        request.Headers.Add("Tus-Resumable", version);
        request.Headers.Add("Upload-Length", length.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("Upload-Metadata", metadata);
        return client.SendAsync(request);
    }

    /// <summary>Creates the upload and returns its URL (asserting 201).</summary>
    public static async Task<string> CreatedAsync(HttpClient client, long length, string metadata)
    {
        var response = await CreateAsync(client, length, metadata);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("1.0.0", response.Headers.GetValues("Tus-Resumable").Single());
        Assert.True(response.Headers.Contains("Upload-Expires"));
        return response.Headers.Location!.OriginalString;
    }

    public static Task<HttpResponseMessage> PatchAsync(
        HttpClient client, string url, long offset, byte[] chunk, string? checksum = null, string contentType = "application/offset+octet-stream")
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, url) { Content = new ByteArrayContent(chunk) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add("Tus-Resumable", "1.0.0");
        request.Headers.Add("Upload-Offset", offset.ToString(CultureInfo.InvariantCulture));
        if (checksum is not null)
        {
            request.Headers.Add("Upload-Checksum", checksum);
        }

        return client.SendAsync(request);
    }

    public static string Sha1Checksum(byte[] chunk) => $"sha1 {Convert.ToBase64String(SHA1.HashData(chunk))}";

    public static string Sha256Checksum(byte[] chunk) => $"sha256 {Convert.ToBase64String(SHA256.HashData(chunk))}";

    public static Task<HttpResponseMessage> HeadAsync(HttpClient client, string url) => SendAsync(client, HttpMethod.Head, url);

    public static Task<HttpResponseMessage> DeleteAsync(HttpClient client, string url) => SendAsync(client, HttpMethod.Delete, url);

    /// <summary>The upload's offset by HEAD (asserting 200).</summary>
    public static async Task<long> OffsetAsync(HttpClient client, string url)
    {
        var response = await HeadAsync(client, url);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        return long.Parse(response.Headers.GetValues("Upload-Offset").Single(), CultureInfo.InvariantCulture);
    }

    /// <summary>Sends the whole file in chunks of <paramref name="chunkSize"/> from <paramref name="offset"/>; returns the last response.</summary>
    public static async Task<HttpResponseMessage> SendAllAsync(HttpClient client, string url, byte[] file, int chunkSize, long offset = 0)
    {
        HttpResponseMessage? last = null;
        while (offset < file.Length)
        {
            var chunk = file[(int)offset..(int)Math.Min(file.Length, offset + chunkSize)];
            last = await PatchAsync(client, url, offset, chunk, Sha256Checksum(chunk));
            if (last.StatusCode != System.Net.HttpStatusCode.NoContent)
            {
                return last;
            }

            offset = long.Parse(last.Headers.GetValues("Upload-Offset").Single(), CultureInfo.InvariantCulture);
        }

        return last!;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("Tus-Resumable", "1.0.0");
        return client.SendAsync(request);
    }
}
