using DoubleRandom.Application.Common.Interfaces;
using FluentValidation;

namespace DoubleRandom.Application.Tasks.Commands.UpdateTask;

public sealed class UpdateTaskValidator : AbstractValidator<UpdateTaskCommand>
{
    public UpdateTaskValidator(IApplicationDbContext db, TaskRiskOptions risk) => this.AddTaskRules(db, risk);
}
