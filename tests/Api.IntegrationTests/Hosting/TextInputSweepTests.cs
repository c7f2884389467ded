using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Identity;

namespace DoubleRandom.Api.IntegrationTests.Hosting;

/// <summary>
/// Issue #11 §6, generated from the OpenAPI document: every operation gets U+0000 in each string query parameter
/// (a path cannot carry one: the server refuses it before routing), in each string property of its JSON body (one at a time, in an otherwise empty object) and in the name
/// of each uploaded file, and every paged list gets page=2147483647&amp;pageSize=500. None may answer 500, every answer
/// is a 4xx problem, and nothing is written.
/// </summary>
public sealed class TextInputSweepTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private const string Nul = "a\0b";
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    private sealed record Attempt(string What, HttpMethod Method, string Url, Func<HttpContent?> Body, string? Field);

    [Fact]
    public async Task No_operation_answers_NUL_or_an_overflowing_page_with_a_500_or_a_write()
    {
        // Callers for operations an administrator may not perform (the draw, amendments): real users, made before counting.
        var callers = new List<HttpClient> { Client };
        foreach (var role in new[] { Roles.Operator, Roles.Leader, Roles.Supervisor })
        {
            callers.Add(await Fixture.Factory.SignedInAsync(Client, $"sweep-{role}", role));
        }

        using var document = JsonDocument.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json"));
        var attempts = Attempts(document.RootElement).ToList();
        Assert.True(attempts.Count > 150, $"only {attempts.Count} attempts generated");
        Assert.Contains(attempts, a => a.What.StartsWith("page", StringComparison.Ordinal));
        Assert.Contains(attempts, a => a.What.StartsWith("file name", StringComparison.Ordinal));

        var audit = await Fixture.CountRowsAsync("audit_entries");
        string[] tables = ["users", "targets", "officers", "import_jobs", "inspection_tasks", "draws"];
        var rows = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            rows[table] = await Fixture.CountRowsAsync(table);
        }

        var failures = new List<string>();
        foreach (var attempt in attempts)
        {
            var (status, body) = await SendAsync(callers, attempt);
            var problem = status is >= 400 and < 500 && body.StartsWith('{') ? JsonNode.Parse(body) : null;
            if (problem?["type"]?.GetValue<string>()?.StartsWith("urn:doublerandom:problem:", StringComparison.Ordinal) != true)
            {
                failures.Add($"{attempt.Method} {attempt.Url} ({attempt.What}): {status} {body[..Math.Min(body.Length, 300)]}");
            }
            else if (attempt.Field is not null && status == 400 && problem["errors"]?[attempt.Field] is null)
            {
                failures.Add($"{attempt.Method} {attempt.Url} ({attempt.What}): 400 without a field error for {attempt.Field}: {body[..Math.Min(body.Length, 300)]}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {attempts.Count}:\n" + string.Join('\n', failures));
        Assert.Equal(audit, await Fixture.CountRowsAsync("audit_entries"));
        foreach (var table in tables)
        {
            Assert.Equal(rows[table], await Fixture.CountRowsAsync(table));
        }
    }

    /// <summary>The first caller that is let in (not 401/403) decides; the others are tried only when it is refused for its role.</summary>
    private static async Task<(int Status, string Body)> SendAsync(List<HttpClient> callers, Attempt attempt)
    {
        (int, string) last = default;
        foreach (var caller in callers)
        {
            using var request = new HttpRequestMessage(attempt.Method, attempt.Url) { Content = attempt.Body() };
            using var response = await caller.SendAsync(request);
            last = ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                break;
            }
        }

        return last;
    }

    private static IEnumerable<Attempt> Attempts(JsonElement openApi)
    {
        foreach (var path in openApi.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)))
            {
                var method = new HttpMethod(operation.Name.ToUpperInvariant());
                var parameters = operation.Value.TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToList() : [];
                string Url(string? query)
                {
                    var url = path.Name;
                    foreach (var p in parameters.Where(p => p.GetProperty("in").GetString() == "path"))
                    {
                        url = url.Replace("{" + p.GetProperty("name").GetString() + "}", Sample(p.GetProperty("schema")), StringComparison.Ordinal);
                    }

                    return query is null ? url : url + "?" + query;
                }

                foreach (var p in parameters.Where(p => IsString(p.GetProperty("schema"))))
                {
                    var name = p.GetProperty("name").GetString()!;
                    var where = p.GetProperty("in").GetString();
                    // U+0000 in a path is refused by the server before routing (Kestrel and the test server answer 400
                    // "The path contains null characters"), so only the query can carry it to the service.
                    if (where == "query")
                    {
                        yield return new Attempt($"query {name}", method, Url($"{name}={Uri.EscapeDataString(Nul)}"), () => null, name);
                    }
                }

                if (parameters.Any(p => p.GetProperty("name").GetString() == "page") && parameters.Any(p => p.GetProperty("name").GetString() == "pageSize"))
                {
                    yield return new Attempt("page overflow", method, Url("page=2147483647&pageSize=500"), () => null, "page");
                }

                if (!operation.Value.TryGetProperty("requestBody", out var body))
                {
                    continue;
                }

                var content = body.GetProperty("content");
                if (content.TryGetProperty("application/json", out var json))
                {
                    foreach (var (field, node) in NulBodies(openApi, json.GetProperty("schema"), string.Empty, 0))
                    {
                        var text = node.ToJsonString();
                        yield return new Attempt($"body {field}", method, Url(null),
                            () => new StringContent(text, Encoding.UTF8, "application/json"), field);
                    }
                }

                if (content.TryGetProperty("multipart/form-data", out var form))
                {
                    var schema = Resolve(openApi, form.GetProperty("schema"));
                    foreach (var file in Properties(openApi, schema).Where(p => p.Value.TryGetProperty("format", out var f) && f.GetString() == "binary"))
                    {
                        yield return new Attempt($"file name {file.Name}", method, Url(null), () =>
                        {
                            var multipart = new MultipartFormDataContent();
                            var part = new ByteArrayContent(Encoding.UTF8.GetBytes("统一社会信用代码,名称,行政区划代码\n"));
                            part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
                            // As RFC 6266 spells a name that needs escaping; HttpClient itself refuses to write a NUL there.
                            part.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"{file.Name}\"; filename*=UTF-8''roster%00.csv");
                            multipart.Add(part);
                            return multipart;
                        }, file.Name);
                    }
                }
            }
        }
    }

    /// <summary>For each string property reachable from the schema (objects and arrays, three levels deep): a body with U+0000 in it alone.</summary>
    private static IEnumerable<(string Field, JsonNode Body)> NulBodies(JsonElement openApi, JsonElement schema, string prefix, int depth)
    {
        schema = Resolve(openApi, schema);
        if (depth > 3)
        {
            yield break;
        }

        if (IsString(schema))
        {
            yield return (prefix, JsonValue.Create(Nul));
        }
        else if (schema.TryGetProperty("items", out var items))
        {
            foreach (var (field, node) in NulBodies(openApi, items, prefix + "[0]", depth + 1))
            {
                yield return (field, new JsonArray(node));
            }
        }
        else
        {
            // A read-only property (computed, like a target's resolvedKind) is not read from a request at all.
            foreach (var property in Properties(openApi, schema).Where(p => !IsReadOnly(openApi, p.Value)))
            {
                var name = prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}";
                foreach (var (field, node) in NulBodies(openApi, property.Value, name, depth + 1))
                {
                    yield return (field, new JsonObject { [property.Name] = node });
                }
            }
        }
    }

    private static IEnumerable<JsonProperty> Properties(JsonElement openApi, JsonElement schema)
    {
        schema = Resolve(openApi, schema);
        var own = schema.TryGetProperty("properties", out var properties) ? properties.EnumerateObject().ToList() : [];
        var composed = new[] { "allOf", "oneOf", "anyOf" }.Where(k => schema.TryGetProperty(k, out _))
            .SelectMany(k => schema.GetProperty(k).EnumerateArray()).SelectMany(s => Properties(openApi, s));
        return own.Concat(composed);
    }

    private static bool IsReadOnly(JsonElement openApi, JsonElement schema) =>
        (schema.TryGetProperty("readOnly", out var own) && own.ValueKind == JsonValueKind.True)
        || (Resolve(openApi, schema).TryGetProperty("readOnly", out var resolved) && resolved.ValueKind == JsonValueKind.True);

    private static JsonElement Resolve(JsonElement openApi, JsonElement schema)
    {
        while (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            schema = openApi.GetProperty("components").GetProperty("schemas").GetProperty(name);
        }

        return schema;
    }

    private static bool IsString(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var type)
        && (type.ValueKind == JsonValueKind.String ? type.GetString() == "string" : type.EnumerateArray().Any(t => t.GetString() == "string"))
        && !(schema.TryGetProperty("format", out var format) && format.GetString() == "binary");

    private static string Sample(JsonElement schema) =>
        schema.TryGetProperty("format", out var format) && format.GetString() == "uuid" ? Guid.NewGuid().ToString()
        : schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() is "integer" or "number" ? "1"
        : "x";

    [Fact]
    public async Task NUL_in_a_header_is_a_400_naming_the_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/departments");
        Assert.True(request.Headers.TryAddWithoutValidation("X-Client-Note", "a\0b"));
        var problem = await (await Client.SendAsync(request)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("urn:doublerandom:problem:validation", problem.Type);
        Assert.Contains("X-Client-Note", problem.Errors!.Keys);
    }

    [Theory]
    [InlineData("""{"code":"amr","name":"a\u0000b"}""", "name")]
    [InlineData("""{"code":"amr","name":"a\ud800b"}""", "name")]
    public async Task A_body_string_with_NUL_or_a_lone_surrogate_is_a_400_naming_its_field_and_nothing_is_written(string json, string field)
    {
        var response = await Client.PostAsync("/api/v1/departments", Http.JsonBody(json));
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.Errors!.Keys);
        Assert.Equal(0, await Fixture.CountRowsAsync("departments"));
        Assert.Equal(0, await Fixture.CountRowsAsync("audit_entries"));
    }

    [Theory]
    [InlineData("gb18030")]
    [InlineData("iso-8859-1")]
    public async Task A_JSON_body_in_a_charset_other_than_UTF8_is_a_415(string charset)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"code":"amr","name":"市场监督管理"}"""));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"application/json; charset={charset}");
        var problem = await (await Client.PostAsync("/api/v1/departments", content)).ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains(charset, problem.Detail, StringComparison.Ordinal);
        Assert.Equal(0, await Fixture.CountRowsAsync("departments"));

        var utf8 = await Client.PostAsync("/api/v1/departments", Http.JsonBody("""{"code":"amr","name":"市场监督管理"}"""));
        Assert.Equal(HttpStatusCode.Created, utf8.StatusCode);
    }

    [Fact]
    public async Task An_overflowing_page_is_a_400_on_page_in_both_languages()
    {
        var problem = await (await Client.GetAsync("/api/v1/targets?page=2147483647&pageSize=500")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("page", problem.Errors!.Keys);
        Assert.Contains("4294968", problem.Errors["page"][0], StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/targets?page=4294969&pageSize=500");
        request.Headers.AcceptLanguage.ParseAdd("en");
        var english = await (await Client.SendAsync(request)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("page is too large", english.Errors!["page"][0], StringComparison.Ordinal);
        var last = await Client.GetAsync("/api/v1/targets?page=4294968&pageSize=500");
        Assert.Equal(HttpStatusCode.OK, last.StatusCode);
    }
}
