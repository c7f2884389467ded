using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Draws;
using FluentValidation;

namespace DoubleRandom.Application.Tasks.Commands.UpdateTask;

public sealed class UpdateTaskValidator : AbstractValidator<UpdateTaskCommand>
{
    public UpdateTaskValidator(IApplicationDbContext db, DrawRiskOptions risk) => this.AddTaskRules(db, risk);
}
