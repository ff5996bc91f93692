using GraphQL.Types;
using ScoGraphQL.Api.GraphQL.Errors;

namespace ScoGraphQL.Api.Releases;

public sealed class DeleteReleasePayloadType : ObjectGraphType<MutationPayload<string>>
{
    public DeleteReleasePayloadType()
    {
        Name = "DeleteReleasePayload";
        Field<IdGraphType>("deletedId").Description("The global ID of the removed release.").Resolve(ctx => ctx.Source.Value);
        PayloadFields.AddErrors(this);
    }
}
