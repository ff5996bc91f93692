using System.Text.RegularExpressions;
using FluentValidation;

namespace ScoGraphQL.Api.Releases;

/// <summary>The rules a release's fields follow, shared by createRelease and updateRelease.</summary>
public static partial class ReleaseFieldRules
{
    public const int MaxTitleLength = 500;
    public const int MaxBodyLength = 200_000;
    public const int MaxAlternateTitles = 20;

    /// <summary>Before the SCO's forerunner (the Shanghai Five, 1996) there is nothing to publish; earlier dates are typos.</summary>
    public static readonly DateTime EarliestPublication = new(1990, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static IRuleBuilderOptions<T, string> ReleaseTitle<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("The title must not be empty.")
            .MaximumLength(MaxTitleLength).WithMessage($"The title must be at most {MaxTitleLength} characters long.")
            .Must(t => t is null || t.IndexOfAny(['\r', '\n']) < 0).WithMessage("The title must be one line.");

    public static IRuleBuilderOptions<T, string> ReleaseBody<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("The body must not be empty.")
            .MaximumLength(MaxBodyLength).WithMessage($"The body must be at most {MaxBodyLength:N0} characters long.");

    public static IRuleBuilderOptions<T, DateTime?> PublicationTime<T>(this IRuleBuilder<T, DateTime?> rule, TimeProvider time) =>
        rule.Must(d => d is null || (d >= EarliestPublication && d <= time.GetUtcNow().UtcDateTime.AddDays(1)))
            .WithMessage("The publication time must lie between 1990-01-01 and tomorrow.");

    public static IRuleBuilderOptions<T, IReadOnlyList<AlternateTitleInput>?> AlternateTitleCount<T>(this IRuleBuilder<T, IReadOnlyList<AlternateTitleInput>?> rule) =>
        rule.Must(titles => titles is null || titles.Count <= MaxAlternateTitles).WithMessage($"At most {MaxAlternateTitles} alternate titles.");

    /// <summary>The shape of a BCP 47 tag (language, then subtags): en, ru, zh-Hans, pt-BR.</summary>
    public static IRuleBuilderOptions<T, string> LanguageTag<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(tag => tag is not null && LanguageTagShape().IsMatch(tag)).WithMessage(tag => "The language must be a BCP 47 tag such as en, ru or zh-Hans.");

    public static IRuleBuilderOptions<T, string> ReleaseId<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(id => ReleaseIds.TryDecode(id, out _)).WithMessage(id => "The id must be the ID of a release.");

    [GeneratedRegex("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")]
    private static partial Regex LanguageTagShape();
}
