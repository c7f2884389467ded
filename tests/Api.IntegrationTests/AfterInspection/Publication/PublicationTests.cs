using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Audit;
using DoubleRandom.Api.IntegrationTests.Inspections;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Application.Publication;
using DoubleRandom.Domain.Publication;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.AfterInspection.Publication;

/// <summary>
/// Publication (一公开): the deadline of a closed task (20 working days after its completion date, by the holiday
/// calendar), what blocks publishing, the explicit audited publish, and the overdue list.
/// </summary>
public sealed class PublicationTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task Publishing_needs_the_task_closed_and_every_group_signed_off_then_writes_the_public_rows_once()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var url = $"/api/v1/tasks/{s.TaskId}/publication";
        var op = s.Draw.Operator;

        using (var open = await (await op.GetAsync(url)).ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            Assert.Equal("notCompleted", open.RootElement.GetProperty("state").GetString());
            Assert.Equal(JsonValueKind.Null, open.RootElement.GetProperty("deadlineOn").ValueKind);
            Assert.Equal([1, 2], open.RootElement.GetProperty("blockers").EnumerateArray().Select(b => b.GetInt32()));
        }

        Assert.Equal("task-not-closed", (await (await op.PostAsync(url, null)).ReadProblemAsync(HttpStatusCode.Conflict)).Code);

        // Closed with group 2's summary not signed: 409 naming group 2, nothing written.
        await PublicationScenario.RecordAllAsync(s);
        await PublicationScenario.SignOffAsync(s, 1);
        await PublicationScenario.CloseAsync(s);
        var audit = await Fixture.CountRowsAsync("audit_entries");
        var blocked = await (await op.PostAsync(url, null)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("groups-not-signed-off", blocked.Code);
        Assert.Contains("第 2 组", blocked.Detail!, StringComparison.Ordinal);
        Assert.Equal(audit, await Fixture.CountRowsAsync("audit_entries"));
        Assert.Equal(0, await Fixture.CountRowsAsync("published_results"));
        using (var due = await (await op.GetAsync(url)).ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            Assert.Equal("due", due.RootElement.GetProperty("state").GetString());
            Assert.Equal([2], due.RootElement.GetProperty("blockers").EnumerateArray().Select(b => b.GetInt32()));
            Assert.Equal(WorkingDays.PublicationDeadline, due.RootElement.GetProperty("workingDaysLeft").GetInt32()
                + await WorkingDaysSinceCompletionAsync(due.RootElement));
        }

        // Signed off (a closed task's summary can still be signed): published, one row per target × item.
        await PublicationScenario.SignOffAsync(s, 2);
        using (var published = await (await op.PostAsync(url, null)).ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            Assert.Equal("published", published.RootElement.GetProperty("state").GetString());
            Assert.Equal("op-1", published.RootElement.GetProperty("publishedBy").GetString());
            Assert.Equal(16, published.RootElement.GetProperty("resultCount").GetInt32());
            Assert.Empty(published.RootElement.GetProperty("blockers").EnumerateArray());
        }

        Assert.Equal(16, await Fixture.CountRowsAsync("published_results"));
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var rows = await db.PublishedResults.AsNoTracking().Where(r => r.TaskId == s.TaskId).ToListAsync();
            Assert.Equal(s.Groups.SelectMany(g => g.TargetCodes).Order(StringComparer.Ordinal), rows.Select(r => r.TargetCode).Distinct().Order(StringComparer.Ordinal));
            Assert.All(rows.Where(r => s.Group(2).TargetCodes.Contains(r.TargetCode)), r => Assert.Equal("发现问题已责令改正", r.ResultCategoryNameZh));
            Assert.All(rows, r => Assert.Equal(new DateOnly(2026, 12, 1), r.InspectedOn));
            Assert.All(rows, r => Assert.Null(r.CorrectedOn));
            Assert.All(rows, r => Assert.Equal("2026年食品经营现场检查", r.TaskName));
            Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.Authority)));
        }

        // Audited: the publication (who, when, how many rows and their digest) stands for the rows, which are not audited
        // one by one (WholePath/PublicationAuditTests checks the digest).
        var entries = await Client.EntriesAsync("&entityType=TaskPublication");
        Assert.Single(entries);
        Assert.Equal("op-1", entries[0].ActorName);
        Assert.Empty(await Client.EntriesAsync("&entityType=PublishedResult"));

        // Twice: 409 already-published, nothing more written.
        audit = await Fixture.CountRowsAsync("audit_entries");
        Assert.Equal("already-published", (await (await op.PostAsync(url, null)).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        Assert.Equal(audit, await Fixture.CountRowsAsync("audit_entries"));
        Assert.Equal(16, await Fixture.CountRowsAsync("published_results"));

        // Roles: an inspector or a leader cannot publish (403); an administrator could (but it is published).
        Assert.Equal(HttpStatusCode.Forbidden, (await s.Group(1).Leader.Client.PostAsync(url, null)).StatusCode);
        using var leader = Fixture.Factory.CreateClientAs("leader-9", ["leader"], s.Draw.UnitId);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsync(url, null)).StatusCode);
        Assert.Equal("already-published", (await (await Client.PostAsync(url, null)).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
    }

    [Fact]
    public async Task The_deadline_is_the_20th_working_day_after_the_completion_date_and_the_overdue_list_shows_it()
    {
        var s = await PublicationScenario.ReadyAsync(Fixture.Factory, Client);
        // Closed on Friday 2026-09-18 at 23:30 in Shanghai (15:30 UTC): Mid-Autumn and National Day lie ahead.
        await PublicationScenario.MoveCloseAsync(Fixture.Factory, s.TaskId, new DateTime(2026, 9, 18, 15, 30, 0, DateTimeKind.Utc));
        var url = $"/api/v1/tasks/{s.TaskId}/publication";
        using (var overdue = await (await s.Draw.Operator.GetAsync(url)).ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            Assert.Equal("2026-09-18", overdue.RootElement.GetProperty("completedOn").GetString());
            Assert.Equal("2026-10-22", overdue.RootElement.GetProperty("deadlineOn").GetString());
            Assert.Equal("overdue", overdue.RootElement.GetProperty("state").GetString());
            Assert.True(overdue.RootElement.GetProperty("workingDaysLeft").GetInt32() < 0);
        }

        // At 00:30 on 2026-09-19 in Shanghai (16:30 UTC on the 18th) the completion date is the 19th (a Saturday).
        await PublicationScenario.MoveCloseAsync(Fixture.Factory, s.TaskId, new DateTime(2026, 9, 18, 16, 30, 0, DateTimeKind.Utc));
        using (var saturday = await (await s.Draw.Operator.GetAsync(url)).ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            Assert.Equal("2026-09-19", saturday.RootElement.GetProperty("completedOn").GetString());
            Assert.Equal("2026-10-22", saturday.RootElement.GetProperty("deadlineOn").GetString());
        }

        var list = await ListAsync(s.Draw.Operator, "overdue");
        Assert.Equal([s.TaskId], list.Select(t => t.GetProperty("taskId").GetGuid()));
        Assert.Empty(await ListAsync(s.Draw.Operator, "due"));
        Assert.Empty(await ListAsync(s.Draw.Operator, "published"));
        await (await s.Draw.Operator.GetAsync("/api/v1/publications?status=late")).ReadProblemAsync(HttpStatusCode.BadRequest);
        await (await s.Draw.Operator.GetAsync("/api/v1/publications?pageSize=0")).ReadProblemAsync(HttpStatusCode.BadRequest);

        // Published after the deadline: publishedLate, and it keeps the deadline it was published against.
        using (var late = await (await s.Draw.Operator.PostAsync(url, null)).ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            Assert.Equal("publishedLate", late.RootElement.GetProperty("state").GetString());
            Assert.Equal("2026-10-22", late.RootElement.GetProperty("deadlineOn").GetString());
        }

        Assert.Empty(await ListAsync(s.Draw.Operator, "overdue"));
        var published = await ListAsync(s.Draw.Operator, "published");
        Assert.Equal("publishedLate", Assert.Single(published).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Two_publishes_at_once_with_different_keys_publish_once()
    {
        var s = await PublicationScenario.ReadyAsync(Fixture.Factory, Client);
        var url = $"/api/v1/tasks/{s.TaskId}/publication";
        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url);
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            return await s.Draw.Operator.SendAsync(request);
        }));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        var loser = answers.Single(a => a.StatusCode == HttpStatusCode.Conflict);
        Assert.Equal("already-published", (await loser.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        Assert.Equal(16, await Fixture.CountRowsAsync("published_results"));
        Assert.Equal(1, await Fixture.CountRowsAsync("task_publications"));
    }

    [Fact]
    public async Task A_retired_category_is_published_under_its_names()
    {
        var s = await PublicationScenario.ReadyAsync(Fixture.Factory, Client);
        var categories = await (await Client.GetAsync("/api/v1/result-categories")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var category = categories.RootElement.EnumerateArray().Single(c => c.GetProperty("code").GetString() == "ordered-to-rectify");
        (await Client.PutJsonAsync("/api/v1/result-categories/ordered-to-rectify", new
        {
            nameZh = category.GetProperty("nameZh").GetString(), nameEn = category.GetProperty("nameEn").GetString(), indicatesProblem = true,
            sortOrder = category.GetProperty("sortOrder").GetInt32(), isRetired = true, version = category.GetProperty("version").GetInt32(),
        })).EnsureSuccessStatusCode();

        using var published = await (await s.Draw.Operator.PostAsync($"/api/v1/tasks/{s.TaskId}/publication", null)).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(16, published.RootElement.GetProperty("resultCount").GetInt32());
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var retired = await db.PublishedResults.AsNoTracking().Where(r => r.ResultCategoryCode == "ordered-to-rectify").ToListAsync();
        Assert.Equal(8, retired.Count);
        Assert.All(retired, r => Assert.Equal("发现问题已责令改正", r.ResultCategoryNameZh));
    }

    [Fact]
    public async Task A_deadline_computed_without_next_years_calendar_keeps_its_warning_after_publication()
    {
        var s = await PublicationScenario.ReadyAsync(Fixture.Factory, Client);
        // Completed on Thursday 2026-12-31 in Shanghai; only 2026 has a calendar, so 2027 counts weekends only.
        await PublicationScenario.MoveCloseAsync(Fixture.Factory, s.TaskId, new DateTime(2026, 12, 31, 15, 30, 0, DateTimeKind.Utc));
        var url = $"/api/v1/tasks/{s.TaskId}/publication";
        using (var due = await (await s.Draw.Operator.GetAsync(url)).ReadAsync<JsonDocument>(HttpStatusCode.OK))
        {
            Assert.Equal("2027-01-28", due.RootElement.GetProperty("deadlineOn").GetString());
            Assert.Equal([2027], due.RootElement.GetProperty("missingCalendarYears").EnumerateArray().Select(y => y.GetInt32()));
        }

        (await s.Draw.Operator.PostAsync(url, null)).EnsureSuccessStatusCode();
        // The 2027 calendar arrives later (New Year's Day a holiday): the publication keeps its deadline and says how it was computed.
        (await Client.PutJsonAsync("/api/v1/holiday-calendar/2027", new
        {
            entries = new object[] { new { name = "元旦", kind = "holiday", from = "2027-01-01", to = "2027-01-01" } },
        })).EnsureSuccessStatusCode();
        using var published = await (await s.Draw.Operator.GetAsync(url)).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal("2027-01-28", published.RootElement.GetProperty("deadlineOn").GetString());
        Assert.Equal([2027], published.RootElement.GetProperty("missingCalendarYears").EnumerateArray().Select(y => y.GetInt32()));
        Assert.Contains("2027", published.RootElement.GetProperty("warning").GetString()!, StringComparison.Ordinal);
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var kept = await db.TaskPublications.AsNoTracking().SingleAsync(p => p.TaskId == s.TaskId);
        Assert.Equal([2027], kept.CalendarMissingYears);
    }

    [Fact]
    public async Task A_task_outside_the_callers_unit_is_absent_and_nothing_is_published()
    {
        var s = await PublicationScenario.ReadyAsync(Fixture.Factory, Client);
        using var unit = await (await Client.PostJsonAsync("/api/v1/branch-units", new { code = "NX-WZ9", name = "吴忠市市场监督管理局", regionCode = "640300" }))
            .ReadAsync<JsonDocument>(HttpStatusCode.Created);
        var other = unit.RootElement.GetProperty("id").GetGuid();
        using var outsider = Fixture.Factory.CreateClientAs("op-wz", ["operator"], other);
        var url = $"/api/v1/tasks/{s.TaskId}/publication";
        await (await outsider.GetAsync(url)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.PostAsync(url, null)).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(await ListAsync(outsider, null));
        Assert.Equal(0, await Fixture.CountRowsAsync("task_publications"));
        await (await s.Draw.Operator.GetAsync($"/api/v1/tasks/{Guid.NewGuid()}/publication")).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Single(await ListAsync(s.Draw.Operator, null));
    }

    private static async Task<List<JsonElement>> ListAsync(HttpClient client, string? status)
    {
        using var page = await (await client.GetAsync($"/api/v1/publications{(status is null ? string.Empty : "?status=" + status)}"))
            .ReadAsync<JsonDocument>(HttpStatusCode.OK);
        return [.. page.RootElement.GetProperty("items").EnumerateArray().Select(e => e.Clone())];
    }

    /// <summary>The working days from the completion date to today, by the seeded calendar (the close happened just now).</summary>
    private async Task<int> WorkingDaysSinceCompletionAsync(JsonElement publication)
    {
        var completed = DateOnly.Parse(publication.GetProperty("completedOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var today = PublicationDates.ShanghaiDate(DateTime.UtcNow);
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var calendar = await HolidayCalendar.LoadAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), completed.Year, today.Year + 1, default);
        return WorkingDays.Between(completed, today, calendar);
    }
}
