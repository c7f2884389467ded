using DoubleRandom.Application.Common.Interfaces;
using FluentValidation;

namespace DoubleRandom.Application.Tasks.Commands.CreateTask;

public sealed class CreateTaskValidator : AbstractValidator<CreateTaskCommand>
{
    public CreateTaskValidator(IApplicationDbContext db, TaskRiskOptions risk) => this.AddTaskRules(db, risk);
}
