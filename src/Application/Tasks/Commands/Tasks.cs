using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Draws;
using DoubleRandom.Application.Identity;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Tasks;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Tasks.Commands;

public sealed record TaskDto(
    Guid Id, int Year, string Name, TaskSettings Settings, InspectionTaskStatus Status, bool IsFrozen, Guid? CurrentDrawId,
    Guid? CopiedFromId, DateTime? ClosedAtUtc, int Version)
{
    public static TaskDto From(InspectionTask t) =>
        new(t.Id, t.Year, t.Name, t.Settings, t.Status, t.IsFrozen, t.CurrentDrawId, t.CopiedFromId, t.ClosedAtUtc, t.Version);
}

/// <summary>Defines a task (§4.1, §5.2). Nothing is frozen until a draw is prepared.</summary>
public sealed record CreateTaskCommand(
    int? Year, string? Name, IReadOnlyList<Guid>? ItemIds, string? LeadDepartmentCode, TargetScopeInput? TargetScope,
    IReadOnlyList<Guid>? OfficerUnitIds, ExclusionRules? Exclusions, IReadOnlyList<StratumRule>? Strata, int? Groups,
    int? OfficersPerGroup, int? TargetsPerGroup, int? MinCertifiedPerGroup, DateOnly? DisclosureDate, bool? AllowOverlap)
    : ICommand<TaskDto>, ITaskFields;

/// <summary>Changes a task; refused with 409 task-frozen once a draw has been prepared.</summary>
public sealed record UpdateTaskCommand(
    Guid Id, int? Year, string? Name, IReadOnlyList<Guid>? ItemIds, string? LeadDepartmentCode, TargetScopeInput? TargetScope,
    IReadOnlyList<Guid>? OfficerUnitIds, ExclusionRules? Exclusions, IReadOnlyList<StratumRule>? Strata, int? Groups,
    int? OfficersPerGroup, int? TargetsPerGroup, int? MinCertifiedPerGroup, DateOnly? DisclosureDate, bool? AllowOverlap, int? Version)
    : ICommand<TaskDto>, ITaskFields, IScopedToTask
{
    Guid? IScopedToTask.ScopedTaskId => Id;
}

/// <summary>Reuses a task's settings (a template) for a new draft task, e.g. next year's.</summary>
public sealed record CopyTaskCommand(Guid Id, int? Year, string? Name) : ICommand<TaskDto>, IScopedToTask
{
    Guid? IScopedToTask.ScopedTaskId => Id;
}

/// <summary>Closes a drawn task: its draws are revealed (s published, names public).</summary>
public sealed record CloseTaskCommand(Guid Id) : ICommand<TaskDto>, IScopedToTask
{
    Guid? IScopedToTask.ScopedTaskId => Id;
}

public sealed class CreateTaskValidator : AbstractValidator<CreateTaskCommand>
{
    public CreateTaskValidator(IApplicationDbContext db) => this.AddTaskRules(db);
}

public sealed class UpdateTaskValidator : AbstractValidator<UpdateTaskCommand>
{
    public UpdateTaskValidator(IApplicationDbContext db) => this.AddTaskRules(db);
}

public sealed class CopyTaskValidator : AbstractValidator<CopyTaskCommand>
{
    public CopyTaskValidator()
    {
        RuleFor(c => c.Year).InclusiveBetween(2000, 2100);
        RuleFor(c => c.Name).MaximumLength(InspectionTask.NameMaxLength);
    }
}

public sealed class TaskCommandHandlers(IApplicationDbContext db, DrawRevealer revealer, TimeProvider clock, UnitScope scope) :
    ICommandHandler<CreateTaskCommand, TaskDto>,
    ICommandHandler<UpdateTaskCommand, TaskDto>,
    ICommandHandler<CopyTaskCommand, TaskDto>,
    ICommandHandler<CloseTaskCommand, TaskDto>
{
    public async ValueTask<TaskDto> Handle(CreateTaskCommand c, CancellationToken ct)
    {
        var settings = c.ToSettings();
        TaskFields.CheckDr1Parameters(settings);
        await db.CheckLeadDepartmentAsync(c, ct);
        await scope.DemandOfficerScopeAsync(settings.OfficerScope.UnitIds, ct);
        var task = InspectionTask.Create(c.Year!.Value, c.Name!, settings);
        db.InspectionTasks.Add(task);
        await db.SaveChangesAsync(ct);
        return TaskDto.From(task);
    }

    public async ValueTask<TaskDto> Handle(UpdateTaskCommand c, CancellationToken ct)
    {
        var task = await db.GetTaskAsync(c.Id, ct);
        task.EnsureNotFrozen();
        StaleVersion.ThrowIfStale(c.Version, task.Version);
        var settings = c.ToSettings();
        TaskFields.CheckDr1Parameters(settings);
        await db.CheckLeadDepartmentAsync(c, ct);
        await scope.DemandOfficerScopeAsync(settings.OfficerScope.UnitIds, ct);
        task.Update(c.Year!.Value, c.Name!, settings);
        await db.SaveChangesAsync(ct);
        return TaskDto.From(task);
    }

    public async ValueTask<TaskDto> Handle(CopyTaskCommand c, CancellationToken ct)
    {
        var source = await db.GetTaskAsync(c.Id, ct);
        await scope.DemandOfficerScopeAsync(source.Settings.OfficerScope.UnitIds, ct);
        var copy = InspectionTask.Create(c.Year ?? source.Year, c.Name ?? source.Name, source.Settings, source.Id);
        db.InspectionTasks.Add(copy);
        await db.SaveChangesAsync(ct);
        return TaskDto.From(copy);
    }

    public async ValueTask<TaskDto> Handle(CloseTaskCommand c, CancellationToken ct)
    {
        var task = await db.GetTaskAsync(c.Id, ct);
        task.Close(clock.GetUtcNow().UtcDateTime);
        var draws = await db.Draws.Where(d => d.TaskId == task.Id && d.Status != DrawStatus.Prepared && d.RevealedAtUtc == null).ToListAsync(ct);
        foreach (var draw in draws)
        {
            revealer.Reveal(draw);
        }

        await db.SaveChangesAsync(ct);
        return TaskDto.From(task);
    }
}
