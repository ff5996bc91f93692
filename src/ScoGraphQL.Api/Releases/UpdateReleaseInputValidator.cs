using FluentValidation;

namespace ScoGraphQL.Api.Releases;

public sealed class UpdateReleaseInputValidator : AbstractValidator<UpdateReleaseInput>
{
    public UpdateReleaseInputValidator(TimeProvider time)
    {
        RuleFor(x => x.Id).ReleaseId();
        RuleFor(x => x.Title!).ReleaseTitle().When(x => x.Title is not null);
        RuleFor(x => x.Body!).ReleaseBody().When(x => x.Body is not null);
        RuleFor(x => x.AlternateTitles).AlternateTitleCount();
        RuleForEach(x => x.AlternateTitles).SetValidator(new AlternateTitleInputValidator());
        RuleFor(x => x.PublishedAt).PublicationTime(time);
    }
}
