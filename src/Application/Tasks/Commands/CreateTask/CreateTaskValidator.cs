using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Draws;
using FluentValidation;

namespace DoubleRandom.Application.Tasks.Commands.CreateTask;

public sealed class CreateTaskValidator : AbstractValidator<CreateTaskCommand>
{
    public CreateTaskValidator(IApplicationDbContext db, DrawRiskOptions risk) => this.AddTaskRules(db, risk);
}
