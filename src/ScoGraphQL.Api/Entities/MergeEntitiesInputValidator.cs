using FluentValidation;

namespace ScoGraphQL.Api.Entities;

public sealed class MergeEntitiesInputValidator : AbstractValidator<MergeEntitiesInput>
{
    public MergeEntitiesInputValidator()
    {
        RuleFor(x => x.TargetId).EntityId();
        RuleFor(x => x.SourceIds)
            .NotEmpty().WithMessage("Name at least one source.")
            .Must(ids => ids.Count <= EntityFieldRules.MaxMergeSources).WithMessage($"At most {EntityFieldRules.MaxMergeSources} sources at once.")
            .Must(ids => ids.Distinct(StringComparer.Ordinal).Count() == ids.Count).WithMessage("A source is named twice.");
        RuleForEach(x => x.SourceIds).Cascade(CascadeMode.Stop)
            .EntityId()
            .Must((input, id) => id != input.TargetId).WithMessage("The target cannot be one of its own sources.")
            .Must((input, id) => !EntityIds.TryDecode(input.TargetId, out var target, out _) || (EntityIds.TryDecode(id, out var kind, out _) && kind == target))
            .WithMessage("Only entities of the same kind can be merged (the target is another kind).");
    }
}
