using FluentValidation;
using ScoGraphQL.Storage.Ingest;

namespace ScoGraphQL.Api.Releases;

public sealed class CreateReleaseInputValidator : AbstractValidator<CreateReleaseInput>
{
    public CreateReleaseInputValidator(TimeProvider time)
    {
        RuleFor(x => x.Title).ReleaseTitle();
        RuleFor(x => x.Body).ReleaseBody();
        RuleFor(x => x.AlternateTitles).AlternateTitleCount();
        RuleForEach(x => x.AlternateTitles).SetValidator(new AlternateTitleInputValidator());
        RuleFor(x => x.PublishedAt).PublicationTime(time);
        RuleFor(x => x.Slug!)
            .Must(Slugs.IsValid)
            .WithMessage($"The slug must be 1 to {Slugs.MaxLength} lower-case letters, digits, '-' or '_'.")
            .When(x => x.Slug is not null);
    }
}
