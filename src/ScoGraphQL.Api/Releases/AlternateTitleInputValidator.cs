using FluentValidation;

namespace ScoGraphQL.Api.Releases;

public sealed class AlternateTitleInputValidator : AbstractValidator<AlternateTitleInput>
{
    public AlternateTitleInputValidator()
    {
        RuleFor(x => x.Text).ReleaseTitle();
        RuleFor(x => x.Language).LanguageTag();
    }
}
