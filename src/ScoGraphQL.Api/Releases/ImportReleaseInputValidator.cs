using FluentValidation;

namespace ScoGraphQL.Api.Releases;

public sealed class ImportReleaseInputValidator : AbstractValidator<ImportReleaseInput>
{
    /// <summary>The body's limit plus room for the headline, alternate headlines, bylines and footers the parser removes.</summary>
    public const int MaxTextLength = ReleaseFieldRules.MaxBodyLength + 10_000;

    public ImportReleaseInputValidator()
    {
        RuleFor(x => x.Text)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("The text must not be empty.")
            .MaximumLength(MaxTextLength).WithMessage($"The text must be at most {MaxTextLength:N0} characters long.");
        RuleFor(x => x.SourceFile!)
            .MaximumLength(255).WithMessage("The source file name must be at most 255 characters long.")
            .Must(f => f.Trim().Length > 0 && f.IndexOfAny(['/', '\\']) < 0 && !f.Any(char.IsControl))
            .WithMessage("The source file must be a file name (no folders, no control characters).")
            .When(x => x.SourceFile is not null);
    }
}
