using GraphQL.Types;
using ScoGraphQL.Api.GraphQL.Errors;

namespace ScoGraphQL.Api.Releases;

public sealed class DuplicateReleaseErrorType : ObjectGraphType<DuplicateReleaseError>
{
    public DuplicateReleaseErrorType()
    {
        Name = "DuplicateReleaseError";
        Description = "The text is already stored; nothing was added.";
        UserErrorFields.AddTo(this);
        Field<NonNullGraphType<ReleaseType>>("existing").Description("The release that has the same text.").Resolve(ctx => ctx.Source.Existing);
    }
}
