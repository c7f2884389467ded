using DoubleRandom.Application.Common.Interfaces;
using FluentValidation;

namespace DoubleRandom.Application.Tasks.Items.Commands.UpdateInspectionItem;

public sealed class UpdateInspectionItemValidator : AbstractValidator<UpdateInspectionItemCommand>
{
    public UpdateInspectionItemValidator(IApplicationDbContext db) => this.AddItemRules(db);
}
