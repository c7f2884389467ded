using DoubleRandom.Application.Common.Interfaces;
using FluentValidation;

namespace DoubleRandom.Application.Tasks.Items.Commands.CreateInspectionItem;

public sealed class CreateInspectionItemValidator : AbstractValidator<CreateInspectionItemCommand>
{
    public CreateInspectionItemValidator(IApplicationDbContext db) => this.AddItemRules(db);
}
