using FluentValidation.Results;
using ScoGraphQL.Api.Entities;
using ScoGraphQL.Api.Releases;
using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Storage.Writing;

namespace ScoGraphQL.Api.GraphQL.Errors;

/// <summary>The one place where domain refusals and validation failures become payload errors.</summary>
public static class UserErrors
{
    public static UserError From(CorpusWriteException refusal) => refusal switch
    {
        ReleaseNotFoundException e => new NotFoundError(ReleaseIds.Encode(e.ReleaseId), e.Message),
        EntityNotFoundException e => new NotFoundError(GlobalId.Encode(EntityTypeNames.Of(EntityKeys.KindOf(e.EntityId)), e.EntityId), e.Message),
        DuplicateReleaseException e => new DuplicateReleaseError(e.Existing, e.Message),
        SlugTakenException e => new FieldError("input.slug", e.Message, UserErrorCodes.Conflict),
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal.GetType().Name, "A refusal without a payload error."),
    };

    /// <summary>Each failure on the field's path under <c>input</c>, camel-cased as the schema spells it.</summary>
    public static IReadOnlyList<UserError> From(ValidationResult result) =>
        result.Errors.Select(f => (UserError)new FieldError(InputPath(f.PropertyName), f.ErrorMessage, f.ErrorCode is UserErrorCodes.Conflict ? UserErrorCodes.Conflict : UserErrorCodes.Validation)).ToList();

    /// <summary>"AlternateTitles[0].Language" → "input.alternateTitles[0].language"; an empty path is the input itself.</summary>
    public static string InputPath(string propertyName) =>
        propertyName.Length == 0
            ? "input"
            : "input." + string.Join('.', propertyName.Split('.').Select(segment => segment.Length == 0 ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));
}
