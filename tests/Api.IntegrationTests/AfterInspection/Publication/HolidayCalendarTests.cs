using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Audit;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.AfterInspection.Publication;

/// <summary>The holiday calendar: the shipped 2026 arrangement, an administrator's replacement of a year, and every bad input refused with the entry named and nothing written.</summary>
public sealed class HolidayCalendarTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task The_official_2026_calendar_is_seeded_and_a_year_without_one_says_so()
    {
        using var reader = Fixture.Factory.CreateClientAs("reader", ["inspector"]);
        using var y2026 = await (await reader.GetAsync("/api/v1/holiday-calendar/2026")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.False(y2026.RootElement.GetProperty("missing").GetBoolean());
        var entries = y2026.RootElement.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(13, entries.Count);
        var spring = entries.Single(e => e.GetProperty("name").GetString() == "春节" && e.GetProperty("kind").GetString() == "holiday");
        Assert.Equal(("2026-02-15", "2026-02-23"), (spring.GetProperty("from").GetString(), spring.GetProperty("to").GetString()));
        Assert.Contains(entries, e => e.GetProperty("kind").GetString() == "workday" && e.GetProperty("from").GetString() == "2026-05-09");
        Assert.Equal(39, await Fixture.CountRowsAsync("calendar_days"));

        using var y2031 = await (await reader.GetAsync("/api/v1/holiday-calendar/2031")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.True(y2031.RootElement.GetProperty("missing").GetBoolean());
        Assert.Contains("2031", y2031.RootElement.GetProperty("warning").GetString()!, StringComparison.Ordinal);
        Assert.Equal(0, y2031.RootElement.GetProperty("entries").GetArrayLength());

        // Through the API: the 20th working day after 2026-09-18 crosses Mid-Autumn and National Day.
        using var day = await (await reader.GetAsync("/api/v1/working-days?from=2026-09-18&count=20")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal("2026-10-22", day.RootElement.GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, day.RootElement.GetProperty("warning").ValueKind);
        using var late = await (await reader.GetAsync("/api/v1/working-days?from=2026-12-18&count=20")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal("2027-01-15", late.RootElement.GetProperty("date").GetString());
        Assert.Equal([2027], late.RootElement.GetProperty("missingCalendarYears").EnumerateArray().Select(y => y.GetInt32()));
        await (await reader.GetAsync("/api/v1/working-days?from=2026-13-01&count=20")).ReadProblemAsync(HttpStatusCode.BadRequest);
        var noFrom = await (await reader.GetAsync("/api/v1/working-days?count=20")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("from", noFrom.Errors!.Keys);
        var tooMany = await (await reader.GetAsync("/api/v1/working-days?from=2026-01-01&count=100000")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("count", tooMany.Errors!.Keys);
    }

    [Fact]
    public async Task An_administrator_replaces_a_year_and_every_day_is_audited()
    {
        var body = new
        {
            entries = new object[]
            {
                new { name = "元旦", kind = "holiday", from = "2027-01-01", to = "2027-01-03" },
                new { name = "春节", kind = "workday", from = "2027-02-06", to = "2027-02-07" },
            },
        };
        using var set = await (await Client.PutJsonAsync("/api/v1/holiday-calendar/2027", body)).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.False(set.RootElement.GetProperty("missing").GetBoolean());
        Assert.Equal(2, set.RootElement.GetProperty("entries").GetArrayLength());
        Assert.Equal(44, await Fixture.CountRowsAsync("calendar_days"));
        var created = await Client.EntriesAsync("&entityType=CalendarDay");
        Assert.Equal(5, created.Count);

        // The same again changes nothing; a shorter holiday removes a day (audited as a delete with its before).
        (await Client.PutJsonAsync("/api/v1/holiday-calendar/2027", body)).EnsureSuccessStatusCode();
        Assert.Equal(5, (await Client.EntriesAsync("&entityType=CalendarDay")).Count);
        (await Client.PutJsonAsync("/api/v1/holiday-calendar/2027", new
        {
            entries = new object[] { new { name = "元旦", kind = "holiday", from = "2027-01-01", to = "2027-01-02" } },
        })).EnsureSuccessStatusCode();
        Assert.Equal(41, await Fixture.CountRowsAsync("calendar_days"));
        Assert.Equal(8, (await Client.EntriesAsync("&entityType=CalendarDay")).Count);

        // Not an administrator: 403, nothing written.
        using var op = Fixture.Factory.CreateClientAs("op-x", ["operator"]);
        Assert.Equal(HttpStatusCode.Forbidden, (await op.PutJsonAsync("/api/v1/holiday-calendar/2027", body)).StatusCode);
        Assert.Equal(41, await Fixture.CountRowsAsync("calendar_days"));
    }

    public static TheoryData<string, string> BadCalendars() => new()
    {
        { """{"entries":[{"name":"元旦","kind":"holiday","from":"2027-02-30","to":"2027-03-01"}]}""", "entries[0].from" },
        { """{"entries":[{"name":"元旦","kind":"holiday","from":"2027-01-03","to":"2027-01-01"}]}""", "entries[0].to" },
        { """{"entries":[{"name":"元旦","kind":"holiday","from":"2026-12-31","to":"2027-01-01"}]}""", "entries[0].from" },
        { """{"entries":[{"name":"元旦","kind":"holiday","from":"2027-01-01","to":"2027-01-03"},{"name":"春节","kind":"holiday","from":"2027-01-03","to":"2027-01-05"}]}""", "entries[1].from" },
        { """{"entries":[{"name":"元旦","kind":"holiday","from":"2027-01-01","to":"2027-01-03"},{"name":"元旦","kind":"holiday","from":"2027-01-01","to":"2027-01-03"}]}""", "entries[1]" },
        { """{"entries":[{"name":"春节","kind":"workday","from":"2027-02-05","to":"2027-02-06"}]}""", "entries[0].kind" },
        { """{"entries":[{"name":"","kind":"holiday","from":"2027-01-01","to":"2027-01-01"}]}""", "entries[0].name" },
        { """{"entries":[{"name":"元\u0000旦","kind":"holiday","from":"2027-01-01","to":"2027-01-01"}]}""", "entries[0].name" },
        { $$"""{"entries":[{"name":"{{new string('节', 51)}}","kind":"holiday","from":"2027-01-01","to":"2027-01-01"}]}""", "entries[0].name" },
        { """{"entries":[{"name":"元旦","kind":"vacation","from":"2027-01-01","to":"2027-01-01"}]}""", "entries[0].kind" },
        { """{"entries":[{"name":"元旦","kind":"holiday","to":"2027-01-01"}]}""", "entries[0].from" },
        { """{"entries":[null]}""", "entries[0]" },
        { """{}""", "entries" },
        { "{\"entries\":[" + string.Join(',', Enumerable.Range(0, 101).Select(i => $"{{\"name\":\"节\",\"kind\":\"holiday\",\"from\":\"2027-01-01\",\"to\":\"2027-01-01\"}}")) + "]}", "entries" },
    };

    [Theory]
    [MemberData(nameof(BadCalendars))]
    public async Task A_bad_calendar_names_the_entry_and_writes_nothing(string body, string field)
    {
        var audit = await Fixture.CountRowsAsync("audit_entries");
        var problem = await (await Client.PutAsync("/api/v1/holiday-calendar/2027", Http.JsonBody(body))).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.Errors!.ContainsKey(field), $"{field} not in {string.Join(", ", problem.Errors.Keys)}");
        Assert.Equal(39, await Fixture.CountRowsAsync("calendar_days"));
        Assert.Equal(audit, await Fixture.CountRowsAsync("audit_entries"));
    }

    [Fact]
    public async Task A_year_out_of_range_is_a_field_error()
    {
        var problem = await (await Client.PutJsonAsync("/api/v1/holiday-calendar/1999", new { entries = Array.Empty<object>() })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("year", problem.Errors!.Keys);
        await (await Client.GetAsync("/api/v1/holiday-calendar/99999")).ReadProblemAsync(HttpStatusCode.BadRequest);
    }
}
