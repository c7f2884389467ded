using DoubleRandom.Api.OpenApi;
using DoubleRandom.Api.Security;
using DoubleRandom.Application.Publication.Calendar;
using DoubleRandom.Application.Publication.Calendar.Commands.ReplaceHolidayCalendar;
using DoubleRandom.Application.Publication.Calendar.Queries.GetHolidayCalendar;
using DoubleRandom.Application.Publication.Calendar.Queries.GetWorkingDay;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DoubleRandom.Api.Endpoints;

/// <summary>/api/v1/holiday-calendar/{year} (节假日安排) and /api/v1/working-days — the working days publication deadlines count.</summary>
public static class HolidayCalendarEndpoints
{
    /// <param name="Entries">Every entry of the year (replaces what the year had; empty removes the year's calendar).</param>
    public sealed record HolidayCalendarRequest(IReadOnlyList<HolidayRangeInput>? Entries);

    public static RouteGroupBuilder MapHolidayCalendar(this RouteGroupBuilder api)
    {
        var calendar = api.MapGroup("/holiday-calendar").WithTags("Publication 结果公示");
        calendar.MapGet("/{year:int}", Get)
            .WithName("GetHolidayCalendar")
            .Describe("查看某年节假日安排", "Get a year's holiday calendar",
                "所有已登录用户。按日期列出该年的放假（holiday）和调休上班（workday）区间及节日名称；工作日 = 周一至周五，减去放假日，加上调休上班日。尚未配置的年份 missing 为 true、entries 为空，warning 说明该年只按周末计算。随系统预置 2026 年国务院办公厅公布的安排。",
                "Every signed-in user. The year's holiday and adjusted-workday (调休上班) ranges with the festival's name, by date; working days are Monday to Friday, minus holidays, plus workdays. A year without a calendar has missing true, no entries and a warning that only weekends count. The official 2026 arrangement of the State Council is shipped.")
            .RequireAuthorization(Policies.TasksRead)
            .ProducesValidationProblem();
        calendar.MapPut("/{year:int}", Replace)
            .WithName("ReplaceHolidayCalendar")
            .Describe("设置某年节假日安排", "Set a year's holiday calendar",
                "系统管理员。以请求体的全部区间替换该年的安排（每项：name 节日名称、kind holiday|workday、from/to 起止日期，含首尾）。逐项校验并在 entries[i] 下给出字段错误：日期格式、from 晚于 to、不在该年内、与前面的项重叠或重复、workday 区间含周一至周五、名称为空或过长；至多 100 项。任一项有误则什么都不写。每一天的增删都记入审计（前后值）。未公示任务的公示期限随之按新安排计算。",
                "Administrators. Replaces the year's calendar with the ranges given (each: name of the festival, kind holiday|workday, from/to inclusive). Each entry is checked, with field errors under entries[i]: malformed dates, from after to, outside the year, overlapping or duplicating an earlier entry, a workday range holding a Monday–Friday, a name empty or too long; at most 100 entries. Any error writes nothing. Every day added or removed is audited (before/after). Deadlines of tasks not yet published follow the new calendar.")
            .RequireAuthorization(Policies.CalendarManage)
            .ProducesValidationProblem();
        api.MapGet("/working-days", WorkingDay)
            .WithTags("Publication 结果公示")
            .WithName("GetWorkingDay")
            .Describe("计算工作日", "Count working days",
                "所有已登录用户。from（yyyy-MM-dd）之后第 count 个工作日（不含 from 当天；count 为 0 时即 from）的日期，按节假日安排计算；途经未配置安排的年份时 missingCalendarYears 列出这些年份，warning 说明只按周末计算。",
                "Every signed-in user. The date of the count-th working day after from (yyyy-MM-dd; from itself not counted, from itself for count 0), by the holiday calendar; years on the way without a calendar are listed in missingCalendarYears with a warning that only weekends counted there.")
            .RequireAuthorization(Policies.TasksRead)
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<Ok<HolidayCalendarDto>> Get(int year, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetHolidayCalendarQuery(year), ct));

    private static async Task<Ok<HolidayCalendarDto>> Replace(int year, HolidayCalendarRequest r, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ReplaceHolidayCalendarCommand(year, r.Entries), ct));

    private static async Task<Ok<WorkingDayDto>> WorkingDay(IMediator mediator, CancellationToken ct, DateOnly? from = null, int count = WorkingDaysDefaultCount) =>
        TypedResults.Ok(await mediator.Send(new GetWorkingDayQuery(from, count), ct));

    private const int WorkingDaysDefaultCount = Application.Publication.WorkingDays.PublicationDeadline;
}
