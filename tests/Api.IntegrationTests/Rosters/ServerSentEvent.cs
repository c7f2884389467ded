using System.Text.Json;

namespace DoubleRandom.Api.IntegrationTests.Rosters;

/// <summary>One event of a <c>text/event-stream</c>: its id, type and data.</summary>
internal sealed record ServerSentEvent(string? Id, string Event, string Data)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public ImportJobDto Job => JsonSerializer.Deserialize<ImportJobDto>(Data, Json)!;

    /// <summary>Reads the next event (skipping comment lines); null at the end of the stream.</summary>
    public static async Task<ServerSentEvent?> ReadAsync(StreamReader reader, List<string> comments, CancellationToken ct)
    {
        string? id = null, type = null, data = null;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (line.Length == 0)
            {
                if (data is not null)
                {
                    return new ServerSentEvent(id, type ?? "message", data);
                }

                continue;
            }

            if (line.StartsWith(':'))
            {
                comments.Add(line);
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var (field, value) = colon < 0 ? (line, string.Empty) : (line[..colon], line[(colon + 1)..].TrimStart(' '));
            switch (field)
            {
                case "id":
                    id = value;
                    break;
                case "event":
                    type = value;
                    break;
                case "data":
                    data = data is null ? value : data + "\n" + value;
                    break;
            }
        }

        return null;
    }
}
