using FluentValidation;

namespace ScoGraphQL.Api.Entities;

public sealed class UpdateEntityInputValidator : AbstractValidator<UpdateEntityInput>
{
    public UpdateEntityInputValidator()
    {
        RuleFor(x => x.Id).EntityId();
        RuleFor(x => x.Name).NotNull().When(x => x.Aliases is null).WithMessage("Give a name, aliases or both.");
        RuleFor(x => x.Name!).EntityName().When(x => x.Name is not null);
        RuleFor(x => x.Aliases)
            .Must(a => a is null || a.Count <= EntityFieldRules.MaxAliases).WithMessage($"At most {EntityFieldRules.MaxAliases} aliases.")
            .Must(a => a is null || a.Distinct(StringComparer.OrdinalIgnoreCase).Count() == a.Count).WithMessage("Aliases must differ (ignoring case).");
        RuleForEach(x => x.Aliases).EntityName();
    }
}
