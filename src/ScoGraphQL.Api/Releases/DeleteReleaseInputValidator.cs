using FluentValidation;

namespace ScoGraphQL.Api.Releases;

public sealed class DeleteReleaseInputValidator : AbstractValidator<DeleteReleaseInput>
{
    public DeleteReleaseInputValidator() => RuleFor(x => x.Id).ReleaseId();
}
